// The hook components use for interface strings and catalogue texts in the chosen language.
import { useCallback } from 'react';
import type { Text } from '../../shared/catalogue';
import type { Language } from '../../shared/model';
import { useSettings } from '../app/hooks';
import type { MessageKey } from './fr';
import { pick, translate, translateCount, type Vars } from './translate';

export interface Translator {
  t: (key: MessageKey, vars?: Vars) => string;
  /** A message with {count}, singular or plural as the language wants. */
  tn: (key: MessageKey, count: number, vars?: Vars) => string;
  /** A catalogue text in the current language. */
  tx: (text: Text) => string;
  language: Language;
}

export function useT(): Translator {
  const language = useSettings((s) => s.language);
  const t = useCallback((key: MessageKey, vars?: Vars) => translate(language, key, vars), [language]);
  const tn = useCallback((key: MessageKey, count: number, vars?: Vars) => translateCount(language, key, count, vars), [language]);
  const tx = useCallback((text: Text) => pick(text, language), [language]);
  return { t, tn, tx, language };
}
