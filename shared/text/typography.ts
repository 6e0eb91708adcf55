// French typography in one place, for the interface and every export: no-break spaces before : ; ! ? and inside « ».
import type { Language } from '../model';

const NBSP = '\u00a0';

/**
 * French puts a no-break space inside « » and before : ; ! ?, so that they never start a line on their own.
 * Ordinary spaces there become no-break ones, and guillemets written without a space get one; a colon with no
 * space before it (a time, a URL) is left alone.
 */
export function frenchSpacing(text: string): string {
  return text
    .replace(/«[ \u00a0\u202f]?/g, `«${NBSP}`)
    .replace(/[ \u00a0\u202f]?»/g, `${NBSP}»`)
    .replace(/ ([:;!?])/g, `${NBSP}$1`);
}

/** The text as it should be typeset in the language: French spacing in French, unchanged otherwise. */
export function typeset(language: Language, text: string): string {
  return language === 'fr' ? frenchSpacing(text) : text;
}
