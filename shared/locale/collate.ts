// Sorting words as the language sorts them: accents and case aside, "2" before "10".
import type { Language } from '../model';
import { cached } from './locales';

const collator = cached((locale) => new Intl.Collator(locale, { sensitivity: 'base', numeric: true }));

export const textCollator = (language: Language): Intl.Collator => collator(language);
