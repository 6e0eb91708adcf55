// Content written outside the interface's catalogue (shared/, the host, the main process): every string is a
// typed { fr, en } pair, filled and typeset here, with the one plural rule of the locale module.
import { isSingular } from '../locale/plural';
import type { Language } from '../model';
import { typeset } from './typography';

/** Every user-facing string written in code exists in both languages. */
export interface Text {
  fr: string;
  en: string;
}

export type Vars = Record<string, string | number>;

/** The template with each {name} replaced by its value; a name without a value stays as written. */
export function fill(template: string, vars: Vars = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = vars[name];
    return value === undefined ? whole : String(value);
  });
}

/** The text in the language, with each {name} replaced by its value, typeset for the language. */
export function tr(language: Language, text: Text, vars: Vars = {}): string {
  return typeset(language, fill(text[language], vars));
}

/** The singular text when the language puts the count in the singular (1, and 0 in French), the plural otherwise; {n} is the count. */
export function plural(language: Language, n: number, one: Text, many: Text, vars: Vars = {}): string {
  return tr(language, isSingular(language, n) ? one : many, { n, ...vars });
}
