// Interface strings of the audience screen (audience view, presenter keys) and of fast capture, in French and English.
const fr = {
  'audience.audience': 'Écran de la salle',
  'audience.spotlight': 'Carte discutée : {title}',
  'audience.keys.spotlight': 'carte suivante',
  'audience.keys.reveal': 'résultats',
  'audience.votes.reveal': 'Résultats du vote',
  'audience.empty': 'Rien sur ce tableau pour l’instant.',
  'audience.open': 'Ouvrir l’écran de la salle',
  'audience.openHint': 'Ouvre une seconde fenêtre à placer sur le projecteur : elle suit cette fenêtre.',
  'audience.blocked': 'Le navigateur a bloqué la seconde fenêtre : autorisez les fenêtres pour cette page.',
};

const en: Record<keyof typeof fr, string> = {
  'audience.audience': 'Room screen',
  'audience.spotlight': 'Card under discussion: {title}',
  'audience.keys.spotlight': 'next card',
  'audience.keys.reveal': 'results',
  'audience.votes.reveal': 'Vote results',
  'audience.empty': 'Nothing on this board yet.',
  'audience.open': 'Open the audience screen',
  'audience.openHint': 'Opens a second window to put on the projector: it follows this one.',
  'audience.blocked': 'The browser blocked the second window: allow pop-ups for this page.',
};

export const audienceMessages = { fr, en };
