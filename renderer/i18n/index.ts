// Interface strings in French and English.
export { fr, type MessageKey, type Messages } from './fr';
export { en } from './en';
export { translate, translateCount, pick, MESSAGES, type Translate, type Vars } from './translate';
export { useT, type Translator } from './useT';
