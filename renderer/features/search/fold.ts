// Folds text for searching: no case, no accents, ligatures spelled out, curly apostrophes and odd spaces made plain.
const SPELLED: Record<string, string> = { œ: 'oe', æ: 'ae', ß: 'ss', '’': "'", '‘': "'", ʼ: "'" };

/** "Réseaux SOCIAUX d’œuvre" becomes "reseaux sociaux d'oeuvre". */
export const fold = (text: string): string =>
  text
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[œæß’‘ʼ]/g, (c) => SPELLED[c] ?? c)
    .replace(/\s/g, ' ');

/** The distinct folded words of a query; none for a blank one. */
export const queryWords = (query: string): string[] => [...new Set(fold(query).split(' ').filter(Boolean))];

/**
 * Where `word` (already folded) first occurs in `text`, as offsets into the original text, or null.
 * Folds one character at a time so that a hit in "Réseaux" maps back to the accented letters.
 */
export function findFolded(text: string, word: string): { start: number; end: number } | null {
  let folded = '';
  const from: number[] = [];
  const to: number[] = [];
  let i = 0;
  for (const ch of text) {
    const f = fold(ch);
    for (let k = 0; k < f.length; k += 1) {
      from.push(i);
      to.push(i + ch.length);
    }
    folded += f;
    i += ch.length;
  }
  const at = word ? folded.indexOf(word) : -1;
  if (at < 0) return null;
  return { start: from[at] ?? 0, end: to[at + word.length - 1] ?? text.length };
}
