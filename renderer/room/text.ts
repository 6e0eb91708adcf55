// The phone page's language: the phone's own (French or English), switchable, with the one plural rule and typography.
import { isSingular } from '../../shared/locale';
import { fill, typeset } from '../../shared/text';
import { roomPhoneMessages, type PhoneKey } from '../i18n/features/room-phone';

export type PhoneLanguage = 'fr' | 'en';

export let language: PhoneLanguage = (navigator.language || 'fr').toLowerCase().startsWith('fr') ? 'fr' : 'en';

export function setLanguage(next: PhoneLanguage): void {
  language = next;
  document.documentElement.lang = next;
}

export function t(key: PhoneKey, vars: Record<string, string | number> = {}): string {
  let chosen: string = key;
  if (typeof vars.count === 'number' && isSingular(language, vars.count) && `${key}.one` in roomPhoneMessages[language])
    chosen = `${key}.one`;
  const template = roomPhoneMessages[language][chosen as PhoneKey] ?? key;
  return typeset(language, fill(template, vars));
}
