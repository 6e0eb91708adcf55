// Interface strings of the card search, in French and English (the feature's own table, merged in fr.ts and en.ts).
const fr = {
  'search.open': 'Rechercher',
  'search.openHint': 'Rechercher une carte (Ctrl+F)',
  'search.title': 'Rechercher une carte',
  'search.label': 'Mots à chercher dans les cartes',
  'search.placeholder': 'Titre, texte ou champ d’une carte…',
  'search.results': 'Cartes trouvées',
  'search.none': 'Aucune carte ne correspond.',
  'search.count': '{count} cartes',
  'search.count.one': '{count} carte',
  'search.limit': 'Seules les {count} premières sont affichées : ajoutez un mot pour préciser.',
  'search.keys': '↑ ↓ pour choisir, Entrée pour ouvrir la carte, Échap pour fermer.',
  'search.in.body': 'Texte',
  'search.place': '{place} :',
  'search.step': 'Étape {number} · {step}',
};

const en: Record<keyof typeof fr, string> = {
  'search.open': 'Search',
  'search.openHint': 'Search for a card (Ctrl+F)',
  'search.title': 'Search for a card',
  'search.label': 'Words to find in the cards',
  'search.placeholder': 'A card’s title, text or field…',
  'search.results': 'Cards found',
  'search.none': 'No card matches.',
  'search.count': '{count} cards',
  'search.count.one': '{count} card',
  'search.limit': 'Only the first {count} are shown: add a word to narrow down.',
  'search.keys': '↑ ↓ to choose, Enter to open the card, Esc to close.',
  'search.in.body': 'Text',
  'search.place': '{place}:',
  'search.step': 'Step {number} · {step}',
};

export const searchMessages = { fr, en };
