// Looks up an interface string and fills its {placeholders}; picks a catalogue text in the current language.
import type { Text } from '../../shared/catalogue';
import { isSingular } from '../../shared/locale';
import type { Language } from '../../shared/model';
import { fill, typeset, type Vars } from '../../shared/text';
import { en } from './en';
import { fr, type MessageKey, type Messages } from './fr';

export const MESSAGES: Record<Language, Messages> = { fr, en };

export type { Vars };
export type Translate = (key: MessageKey, vars?: Vars) => string;

export function translate(language: Language, key: MessageKey, vars?: Vars): string {
  const template = MESSAGES[language][key] ?? MESSAGES.fr[key] ?? key;
  return typeset(language, fill(template, vars));
}

/** Picks `<key>.one` when the language says the count is singular (French: 0 and 1) and that key exists. */
export function translateCount(language: Language, key: MessageKey, count: number, vars?: Vars): string {
  const one = `${key}.one` as MessageKey;
  const singular = isSingular(language, count) && one in MESSAGES[language];
  return translate(language, singular ? one : key, { count, ...vars });
}

/** A catalogue text in the language (French when missing), typeset like every interface string. */
export const pick = (text: Text, language: Language): string =>
  text[language] ? typeset(language, text[language]) : typeset('fr', text.fr || text.en);

/** The placeholders a message uses, so the test can check both languages ask for the same values. */
export const placeholders = (message: string): string[] => [...message.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? '').sort();
