// Interface strings of the form controls for fields whose values the catalogue knows, in French and English.
const fr = {
  'input.other': 'Autre valeur, à saisir',
  'input.otherHint': 'Autre : saisir puis Entrée',
};

const en: Record<keyof typeof fr, string> = {
  'input.other': 'Another value, typed',
  'input.otherHint': 'Other: type, then Enter',
};

export const inputMessages = { fr, en };
