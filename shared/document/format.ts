// Hours, date ranges, lists and clipped text for the document, over the locale module's numbers and dates.
import { formatDate, formatNumber } from '../locale';
import type { Language } from '../model';
import { tr } from './text';
import { WORDS } from './text/labels';

// The formats themselves live in the one locale module; the document names them here for its writers.
export { formatDate, formatMoney, formatNumber, formatPercent } from '../locale';

export function formatHours(language: Language, n: number): string {
  return tr(language, WORDS.hours, { n: formatNumber(language, n) });
}

/** A date range, or the single date when both ends are the same. */
export function formatRange(language: Language, start?: string, end?: string): string {
  if (start && end && start !== end) return tr(language, WORDS.range, { from: formatDate(language, start), to: formatDate(language, end) });
  return formatDate(language, start ?? end);
}

/** "a, b et c" / "a, b and c". */
export function joinList(language: Language, items: readonly string[]): string {
  const parts = items.filter((s) => s.trim() !== '');
  if (parts.length <= 1) return parts[0] ?? '';
  return `${parts.slice(0, -1).join(', ')}${tr(language, WORDS.and)}${parts[parts.length - 1]}`;
}

/** Text cut at a word boundary to at most `max` characters, with an ellipsis when cut. */
export function clip(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,;:.]+$/, '')}…`;
}
