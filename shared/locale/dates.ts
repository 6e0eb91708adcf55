// Dates in each language, always through Intl: calendar days are read in UTC so a time zone never shifts them.
import type { Language } from '../model';
import { cached, tidy } from './locales';

const day = cached((locale) => new Intl.DateTimeFormat(locale, { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'UTC' }));
const moment = cached(
  (locale) => new Intl.DateTimeFormat(locale, { day: '2-digit', month: '2-digit', year: 'numeric', hour: '2-digit', minute: '2-digit' }),
);
const medium = cached((locale) => new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }));
const month = cached((locale) => new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }));

/** The UTC time of a real YYYY-MM-DD day, or null for anything else. */
function dayTime(iso: string | null | undefined): number | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso ?? '');
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const time = Date.UTC(year, month - 1, day);
  // A day that does not exist (30 February) is not quietly moved to another one.
  return new Date(time).getUTCMonth() === month - 1 && new Date(time).getUTCDate() === day ? time : null;
}

/** A YYYY-MM-DD day as "06/12/2026" in both languages; anything else is returned as it came. */
export function formatDay(language: Language, iso: string): string {
  const time = dayTime(iso);
  return time === null ? iso : day(language).format(time);
}

/** A moment (ms since 1970) in local time: "06/12/2026 14:05" in French, "06/12/2026, 14:05" in English. */
export function formatMoment(language: Language, ms: number): string {
  return moment(language).format(ms);
}

/** A YYYY-MM-DD day as "6 déc. 2026" / "6 Dec 2026"; empty for none; anything else is returned as given. */
export function formatDate(language: Language, iso: string | null | undefined): string {
  if (!iso) return '';
  const time = dayTime(iso);
  return time === null ? iso : tidy(medium(language).format(time));
}

const mediumAt = cached((locale) => new Intl.DateTimeFormat(locale, { dateStyle: 'medium' }));
const mediumAtTime = cached((locale) => new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }));

/** A moment (ms since 1970) as its local date, "6 déc. 2026", with the time of day when asked (two moments of one day). */
export function formatDateAt(language: Language, at: number, withTime = false): string {
  return tidy((withTime ? mediumAtTime : mediumAt)(language).format(new Date(at)));
}

/** Whether two moments fall on the same local day. */
export const sameDay = (a: number, b: number): boolean => new Date(a).toDateString() === new Date(b).toDateString();

/** The month of a YYYY-MM-DD day: "décembre 2026" / "December 2026"; anything else is returned as given. */
export function formatMonth(language: Language, iso: string): string {
  const time = dayTime(iso);
  return time === null ? iso : month(language).format(time);
}

const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 24 * 3600_000],
  ['month', 30 * 24 * 3600_000],
  ['week', 7 * 24 * 3600_000],
  ['day', 24 * 3600_000],
  ['hour', 3600_000],
  ['minute', 60_000],
];
const relative = cached((locale) => new Intl.RelativeTimeFormat(locale, { numeric: 'auto' }));

/** How long ago (or ahead) `then` is from `now`, in the largest fitting unit: "il y a 5 minutes" / "yesterday". */
export function formatRelative(language: Language, then: number, now: number): string {
  const delta = then - now;
  for (const [unit, size] of UNITS) {
    if (Math.abs(delta) >= size) return relative(language).format(Math.round(delta / size), unit);
  }
  return relative(language).format(0, 'minute');
}
