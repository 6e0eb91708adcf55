// Sector templates and the demo workshop, as seeds in the requested language.
import type { Language, WorkshopSeed } from '../../model';
import type { Text } from '../types';
import { B2B_SERVICES } from './b2b-services';
import { bi, localise, type TemplateContent } from './build';
import { DEMO } from './demo';
import { EMPLOYER_BRAND } from './employer-brand';
import { LOCAL_SHOP } from './local-shop';

export interface TemplateDef {
  id: string;
  label: Text;
  /** One line on what the template starts a workshop with. */
  description?: Text;
  build: (language: Language) => WorkshopSeed;
}

const template = (id: string, label: Text, description: Text, content: TemplateContent): TemplateDef => ({
  id,
  label,
  description,
  build: (language) => localise(content, language),
});

export const TEMPLATES: TemplateDef[] = [
  template(
    'demo',
    bi('Atelier de démonstration', 'Demo workshop'),
    bi(
      'Une cidrerie familiale fictive, avec les 14 étapes remplies : de quoi voir à quoi sert l’application.',
      'A fictional family cider maker with all 14 steps filled in: a quick way to see what the app is for.',
    ),
    DEMO,
  ),
  template(
    'local_shop',
    bi('Commerce de proximité ou restaurant', 'Local shop or restaurant'),
    bi('Fiche Google, Instagram et clientèle de quartier.', 'Google listing, Instagram and neighbourhood customers.'),
    LOCAL_SHOP,
  ),
  template(
    'b2b_services',
    bi('Services aux entreprises (B2B)', 'Business services (B2B)'),
    bi('Expertise, LinkedIn, lettre d’information et demandes de rendez-vous.', 'Expertise, LinkedIn, newsletter and meeting requests.'),
    B2B_SERVICES,
  ),
  template(
    'employer_brand',
    bi('Marque employeur et recrutement', 'Employer brand and recruiting'),
    bi('Attirer des candidats grâce aux salariés et à LinkedIn.', 'Attract candidates through employees and LinkedIn.'),
    EMPLOYER_BRAND,
  ),
];

export function seedFor(templateId: string, language: Language): WorkshopSeed | null {
  return TEMPLATES.find((t) => t.id === templateId)?.build(language) ?? null;
}
