// The locale each language writes in: French as in France, English as in Britain (dd/mm/yyyy in both).
import type { Language } from '../model';

export const LOCALES: Record<Language, string> = { fr: 'fr-FR', en: 'en-GB' };

/** One formatter per language and options, built on first use (Intl formatters are slow to build). */
export function cached<T>(build: (locale: string) => T): (language: Language) => T {
  const made = new Map<Language, T>();
  return (language) => {
    let found = made.get(language);
    if (!found) made.set(language, (found = build(LOCALES[language])));
    return found;
  };
}

// Office fonts and some screen fonts lack the narrow no-break space Intl puts in French numbers; the ordinary
// no-break space renders everywhere and still keeps "1 234" on one line.
export const tidy = (s: string): string => s.replace(/\u202f/g, '\u00a0');
