// Numbers, money, dates and lists written the way each language writes them (pure Intl, no host APIs).
import type { Language } from '../model';
import { tr } from './text';
import { WORDS } from './text/labels';

const LOCALES: Record<Language, string> = { fr: 'fr-FR', en: 'en-GB' };

// Office fonts often lack the narrow no-break space Intl uses in French; the ordinary one renders everywhere.
const tidy = (s: string) => s.replace(/\u202f/g, '\u00a0');

const numberFormats = new Map<string, Intl.NumberFormat>();
function numberFormat(language: Language, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${language}|${JSON.stringify(options)}`;
  let f = numberFormats.get(key);
  if (!f) numberFormats.set(key, (f = new Intl.NumberFormat(LOCALES[language], options)));
  return f;
}

export function formatNumber(language: Language, n: number, maxDecimals = 1): string {
  return tidy(numberFormat(language, { maximumFractionDigits: maxDecimals }).format(n));
}

export function formatMoney(language: Language, n: number): string {
  return tidy(numberFormat(language, { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 }).format(n));
}

/** A share given from 0 to 100. */
export function formatPercent(language: Language, n: number): string {
  return tidy(numberFormat(language, { style: 'percent', maximumFractionDigits: 0 }).format(n / 100));
}

export function formatHours(language: Language, n: number): string {
  return tr(language, WORDS.hours, { n: formatNumber(language, n) });
}

const dateFormats = new Map<Language, Intl.DateTimeFormat>();

/** A YYYY-MM-DD date as "1 sept. 2026" / "1 Sept 2026"; anything else is returned as given. */
export function formatDate(language: Language, iso: string | null | undefined): string {
  if (!iso) return '';
  const d = new Date(`${iso}T00:00:00Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso) || Number.isNaN(d.getTime())) return iso;
  let f = dateFormats.get(language);
  if (!f) dateFormats.set(language, (f = new Intl.DateTimeFormat(LOCALES[language], { dateStyle: 'medium', timeZone: 'UTC' })));
  return tidy(f.format(d));
}

const momentFormats = new Map<string, Intl.DateTimeFormat>();

/** A moment (ms since 1970) as the host's local date, with the time of day when asked (two moments of one day). */
export function formatMoment(language: Language, at: number, withTime = false): string {
  const key = `${language}:${withTime}`;
  let f = momentFormats.get(key);
  if (!f)
    momentFormats.set(
      key,
      (f = new Intl.DateTimeFormat(LOCALES[language], withTime ? { dateStyle: 'medium', timeStyle: 'short' } : { dateStyle: 'medium' })),
    );
  return tidy(f.format(new Date(at)));
}

/** Whether two moments fall on the same local day. */
export const sameDay = (a: number, b: number): boolean => new Date(a).toDateString() === new Date(b).toDateString();

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
