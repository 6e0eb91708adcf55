// The few words around a search hit, cut at word boundaries, so a result can show why it matched.
import { findFolded } from './fold';

export interface Snippet {
  before: string;
  hit: string;
  after: string;
}

const BEFORE = 40;
const AFTER = 70;

const squash = (s: string) => s.replace(/\s+/g, ' ');

/** The text around the first occurrence of `word` (folded); the start of the text when it cannot be placed. */
export function snippetOf(text: string, word: string): Snippet {
  const hit = findFolded(text, word) ?? { start: 0, end: 0 };
  let before = text.slice(Math.max(0, hit.start - BEFORE), hit.start);
  if (hit.start > BEFORE) before = `…${before.replace(/^\S*\s/, '')}`;
  let after = text.slice(hit.end, hit.end + AFTER);
  if (hit.end + AFTER < text.length) after = `${after.replace(/\s\S*$/, '')}…`;
  return { before: squash(before).trimStart(), hit: squash(text.slice(hit.start, hit.end)), after: squash(after).trimEnd() };
}
