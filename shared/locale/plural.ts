// The one plural rule, the language's own (Intl.PluralRules): French says "0 carte", "1 carte", "2 cartes";
// English "0 cards", "1 card", "2 cards".
import type { Language } from '../model';
import { LOCALES } from './locales';

const rules = new Map<Language, Intl.PluralRules>();

/** True when the language puts a noun counted `n` times in the singular. */
export function isSingular(language: Language, n: number): boolean {
  let found = rules.get(language);
  if (!found) rules.set(language, (found = new Intl.PluralRules(LOCALES[language])));
  return found.select(n) === 'one';
}

/** The singular or plural form for the count: countWord('fr', 2, ['carte', 'cartes']) is "cartes". */
export const countWord = (language: Language, n: number, [one, many]: readonly [string, string]): string =>
  isSingular(language, n) ? one : many;
