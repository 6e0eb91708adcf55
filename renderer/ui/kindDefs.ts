// A card kind's typed fields, colour and label, from the catalogue's card kind definitions.
import { kindDef, type FieldDef, type Text } from '../../shared/catalogue';

export const fieldDefs = (kind: string): FieldDef[] => kindDef(kind)?.fields ?? [];
export const kindColour = (kind: string): string | null => kindDef(kind)?.colour ?? null;
export const kindLabel = (kind: string): Text | null => kindDef(kind)?.label ?? null;

/** How many of a card's fields hold something (blank text and empty lists do not count). */
export function filledCount(fields: Record<string, unknown>): number {
  return Object.values(fields).filter((v) => {
    if (v === null || v === undefined) return false;
    if (typeof v === 'string') return v.trim() !== '';
    if (Array.isArray(v)) return v.length > 0;
    return true;
  }).length;
}
