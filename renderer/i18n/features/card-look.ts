// Interface strings of how cards look on the board: the example card of an empty step, in French and English.
const fr = {
  'cardLook.example': 'Exemple',
  'cardLook.exampleHint': 'Exemple de bonne carte pour cette étape. Il disparaît dès la première vraie carte.',
};

const en: Record<keyof typeof fr, string> = {
  'cardLook.example': 'Example',
  'cardLook.exampleHint': 'An example of a good card for this step. It goes away with the first real card.',
};

export const cardLookMessages = { fr, en };
