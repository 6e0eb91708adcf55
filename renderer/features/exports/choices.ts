// What the export dialog offers: formats in the order a facilitator thinks of them, and which use sections.
import { SECTION_IDS, type SectionId } from '../../../shared/document/sections-ids';
import type { ExportFormat } from '../../../shared/document/formats';

export const FORMAT_ORDER: readonly ExportFormat[] = ['docx', 'pdf', 'pptx', 'deck-pdf', 'md', 'ics', 'csv', 'socle'];
export const DEFAULT_FORMATS: readonly ExportFormat[] = ['docx', 'pptx'];

/** Formats built from the strategy outline, where the chosen sections matter. */
const OUTLINE_FORMATS = new Set<ExportFormat>(['docx', 'pdf', 'md', 'pptx', 'deck-pdf']);
export const usesSections = (formats: readonly ExportFormat[]) => formats.some((f) => OUTLINE_FORMATS.has(f));

/** The cover always comes: a document without one is not something to hand to a board. */
export const CHOOSABLE_SECTIONS: readonly SectionId[] = SECTION_IDS.filter((s) => s !== 'cover');

export function toggle<T>(list: readonly T[], item: T): T[] {
  return list.includes(item) ? list.filter((x) => x !== item) : [...list, item];
}

/** The sections to send: undefined (all) when every one is chosen, else the cover plus the chosen ones. */
export function sectionsToSend(chosen: readonly SectionId[]): SectionId[] | undefined {
  if (CHOOSABLE_SECTIONS.every((s) => chosen.includes(s))) return undefined;
  return ['cover', ...CHOOSABLE_SECTIONS.filter((s) => chosen.includes(s))];
}
