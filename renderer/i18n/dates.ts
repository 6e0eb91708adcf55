// Dates in the interface's language, through one place: a calendar day as dd/mm/yyyy in French (and British English),
// a moment with its time; both with Intl, never by hand.
import type { Language } from '../../shared/model';

/** The locale each interface language writes its dates in. */
export const DATE_LOCALE: Record<Language, string> = { fr: 'fr-FR', en: 'en-GB' };

const formats = new Map<string, Intl.DateTimeFormat>();

function format(language: Language, kind: 'day' | 'moment'): Intl.DateTimeFormat {
  const key = `${language}:${kind}`;
  let found = formats.get(key);
  if (!found) {
    const options: Intl.DateTimeFormatOptions =
      kind === 'day'
        ? { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'UTC' }
        : { day: '2-digit', month: '2-digit', year: 'numeric', hour: '2-digit', minute: '2-digit' };
    found = new Intl.DateTimeFormat(DATE_LOCALE[language], options);
    formats.set(key, found);
  }
  return found;
}

/** A YYYY-MM-DD calendar day, read without a time zone shift: "01/03/2026"; anything else is returned as it came. */
export function formatDay(iso: string, language: Language): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return iso;
  const time = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  return Number.isNaN(time) ? iso : format(language, 'day').format(time);
}

/** A moment (ms since 1970) in local time: "01/03/2026 14:05" in French. */
export function formatMoment(ms: number, language: Language): string {
  return format(language, 'moment').format(ms);
}
