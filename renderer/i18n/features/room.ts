// Interface strings of the room's screen (audience view, presenter keys) and of fast capture, in French and English.
const fr = {
  'room.audience': 'Écran de la salle',
  'room.spotlight': 'Carte discutée : {title}',
  'room.keys.spotlight': 'carte suivante',
  'room.keys.reveal': 'résultats',
  'room.votes.reveal': 'Résultats du vote',
  'room.empty': 'Rien sur ce tableau pour l’instant.',
  'room.open': 'Ouvrir l’écran de la salle',
  'room.openHint': 'Ouvre une seconde fenêtre à placer sur le projecteur : elle suit cette fenêtre.',
  'room.blocked': 'Le navigateur a bloqué la seconde fenêtre : autorisez les fenêtres pour cette page.',
};

const en: Record<keyof typeof fr, string> = {
  'room.audience': 'Room screen',
  'room.spotlight': 'Card under discussion: {title}',
  'room.keys.spotlight': 'next card',
  'room.keys.reveal': 'results',
  'room.votes.reveal': 'Vote results',
  'room.empty': 'Nothing on this board yet.',
  'room.open': 'Open the audience screen',
  'room.openHint': 'Opens a second window to put on the projector: it follows this one.',
  'room.blocked': 'The browser blocked the second window: allow pop-ups for this page.',
};

export const roomMessages = { fr, en };
