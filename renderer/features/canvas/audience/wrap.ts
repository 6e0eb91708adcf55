// How many lines a title takes in a box of a given width, wrapped as the browser wraps a card's title: greedily at
// spaces, a word too long for a line of its own broken where it must (overflow-wrap: break-word). Pure: the width of
// a text comes from the caller (a canvas in the browser, a fixed advance in tests).

/** The width of `text` on one line, in the same unit as the box's width. */
export type TextWidth = (text: string) => number;

/** Breaks a word wider than a line into pieces that fit, one character at a time (at least one per piece). */
function pieces(word: string, max: number, width: TextWidth): string[] {
  const out: string[] = [];
  let piece = '';
  for (const ch of word) {
    if (piece && width(piece + ch) > max) {
      out.push(piece);
      piece = ch;
    } else piece += ch;
  }
  if (piece) out.push(piece);
  return out;
}

/** Marks the browser never puts at the start of a line, even after a space (French writes "Crise : ..."). */
const CLOSING = /^[:;!?»)\]}.,%…]/;
/** Marks it never leaves at the end of one ("« mot »"). */
const OPENING = /[«([{]$/;

/** The words of a paragraph, a closing mark glued to the word before it and an opening mark to the word after. */
function words(paragraph: string): string[] {
  const out: string[] = [];
  for (const word of paragraph.split(' ').filter((w) => w !== '')) {
    const last = out.length - 1;
    if (last >= 0 && (CLOSING.test(word) || OPENING.test(out[last]!))) out[last] = `${out[last]!} ${word}`;
    else out.push(word);
  }
  return out;
}

/**
 * The lines of `text` in a box `max` wide. Only spaces and line breaks are break points, and not a space before a
 * closing mark or after an opening one; a no-break space keeps its words together, as in the browser. Where the
 * browser may break more (after a hyphen, or hyphenating), this answers as many lines or more, never fewer: a card
 * sized by it is never too short.
 */
export function wrapLines(text: string, max: number, width: TextWidth): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    for (const word of words(paragraph)) {
      const joined = line ? `${line} ${word}` : word;
      if (width(joined) <= max) {
        line = joined;
        continue;
      }
      if (line) lines.push(line);
      if (width(word) <= max) {
        line = word;
        continue;
      }
      const parts = pieces(word, max, width);
      lines.push(...parts.slice(0, -1));
      line = parts.at(-1) ?? '';
    }
    lines.push(line);
  }
  return lines;
}
