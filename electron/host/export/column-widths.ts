// Table column widths that never break a word: the PPTX and the DOCX size their columns with it.
import type { Block } from '../../../shared/document';

/**
 * Em widths of characters in DejaVu Sans, the wide font LibreOffice sets when Calibri is missing (measured: m and w
 * near a full em, i and l a third): a column narrower than its longest word breaks that word in the middle.
 */
const EM = {
  bold: { wide: 0.99, wideCap: 1.05, thin: 0.35, narrow: 0.47, cap: 0.76, digit: 0.7, other: 0.68 },
  regular: { wide: 0.9, wideCap: 0.93, thin: 0.28, narrow: 0.39, cap: 0.68, digit: 0.64, other: 0.6 },
};
function charEm(ch: string, bold: boolean): number {
  const e = EM[bold ? 'bold' : 'regular'];
  if ('mw'.includes(ch)) return e.wide;
  if ('MW'.includes(ch)) return e.wideCap;
  if ("ijl.,:;!|'’".includes(ch)) return e.thin;
  if ('frt'.includes(ch)) return e.narrow;
  if (/\d/.test(ch)) return e.digit;
  return ch !== ch.toLowerCase() ? e.cap : e.other;
}
/** Some room over the measured widths: kerning, hinting and a bolder fallback differ from one viewer to the next. */
const SAFETY = 1.06;
const wordIn = (word: string, pt: number, bold: boolean) => ([...word].reduce((s, ch) => s + charEm(ch, bold), 0) * SAFETY * pt) / 72;
const longestWordIn = (text: string, pt: number, bold: boolean) => Math.max(0, ...text.split(/\s+/).map((word) => wordIn(word, pt, bold)));
/** No column takes more than this share of the table to fit a long word: a URL breaks rather than squeeze the others. */
const MAX_SHARE = 0.45;

/**
 * Column widths (inches) from their weights, except that each column is at least as wide as its longest word (header
 * in bold, cells in regular) at `pt` plus `pad`, so that words wrap at spaces in every viewer; the others share what is
 * left by weight.
 */
export function columnWidths(b: Extract<Block, { type: 'table' }>, w: number, pt: number, pad: number): number[] {
  const n = b.columns.length;
  const floor = b.columns.map((c, i) => {
    const words = Math.max(longestWordIn(c.label, pt, true), ...b.rows.map((r) => longestWordIn(r[i] ?? '', pt, false)));
    return Math.min(w * MAX_SHARE, words + pad);
  });
  const weights = b.columns.map((c) => c.weight);
  const pinned = new Set<number>();
  let widths: number[] = [];
  // Pin the columns that their weight leaves too narrow, then share the rest among the others; repeat until none is.
  for (let round = 0; round <= n; round += 1) {
    const left = w - [...pinned].reduce((s, i) => s + floor[i]!, 0);
    const free = weights.reduce((s, wt, i) => s + (pinned.has(i) ? 0 : wt), 0) || 1;
    widths = weights.map((wt, i) => (pinned.has(i) ? floor[i]! : (wt / free) * left));
    const narrow = widths.findIndex((x, i) => !pinned.has(i) && x < floor[i]!);
    if (narrow < 0 || left <= 0) break;
    widths.forEach((x, i) => {
      if (x < floor[i]!) pinned.add(i);
    });
  }
  const sum = widths.reduce((s, x) => s + x, 0);
  // Words too long for the table as a whole: back to the table's width, in the same proportions.
  return sum > w ? widths.map((x) => (x / sum) * w) : widths;
}
