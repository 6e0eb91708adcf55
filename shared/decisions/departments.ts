// Free-text participant departments read as the catalogue's departments ("DSI" is IT, "Comex" the executive committee).
import { normaliseKey } from '../catalogue/formats';
import type { Department } from './types';

/** Participant departments that count as each catalogue department (compared whole, after normalising). */
const SYNONYMS: Partial<Record<Department, string[]>> = {
  legal: ['legal', 'juridique', 'droit', 'law', 'compliance', 'conformite', 'dpo'],
  it: ['it', 'dsi', 'informatique', 'si', 'tech', 'technique'],
  hr: ['hr', 'rh', 'ressourceshumaines', 'humanresources', 'drh'],
  sales: ['sales', 'ventes', 'vente', 'commercial', 'commerciale', 'commerciaux'],
  executive: [
    'executive',
    'direction',
    'directiongenerale',
    'dg',
    'ceo',
    'pdg',
    'comex',
    'codir',
    'comitededirection',
    'executivecommittee',
    'gerant',
    'gerante',
  ],
  communication: ['communication', 'com', 'dircom'],
  marketing: ['marketing', 'mkt'],
  customer_service: ['serviceclient', 'customerservice', 'relationclient', 'sav'],
};

const lookup = new Map<string, Department>();
for (const [dept, words] of Object.entries(SYNONYMS) as [Department, string[]][]) for (const w of words) lookup.set(w, dept);

/** The catalogue department a free-text department names, if any. */
export function departmentOf(text: string): Department | undefined {
  return lookup.get(normaliseKey(text));
}
