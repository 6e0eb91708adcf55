// Estimated heights (inches) of blocks set in Calibri, so that the PPTX lays out slides without a text engine.
import type { Block } from '../../../../shared/document';
import { DECK_SIZES } from '../deck-layout';

/** Calibri averages under half an em per character; the margin covers viewers that substitute a wider font. */
const CHAR_EM = 0.55;
const LINE = 1.22;

export function lines(text: string, widthIn: number, pt: number): number {
  const perLine = Math.max(1, Math.floor((widthIn * 72) / (pt * CHAR_EM)));
  return text.split(/\r?\n/).reduce((n, l) => n + Math.max(1, Math.ceil(l.length / perLine)), 0);
}

export const textIn = (text: string, widthIn: number, pt: number) => (lines(text, widthIn, pt) * pt * LINE) / 72;

export const sizes = (scale: number) => ({
  body: DECK_SIZES.body * scale,
  small: DECK_SIZES.small * scale,
  heading: DECK_SIZES.heading * scale,
  figure: DECK_SIZES.figure * scale,
});

export const BULLET_INDENT = 0.28;
export const CELL_PAD = 0.06;

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
 * Column widths from their weights, except that each column is at least as wide as its longest word (header in bold,
 * cells in regular) at `pt`, so that words wrap at spaces in every viewer; the others share what is left by weight.
 */
export function tableWidths(b: Extract<Block, { type: 'table' }>, w: number, pt = DECK_SIZES.small): number[] {
  const n = b.columns.length;
  const floor = b.columns.map((c, i) => {
    const words = Math.max(longestWordIn(c.label, pt, true), ...b.rows.map((r) => longestWordIn(r[i] ?? '', pt, false)));
    return Math.min(w * MAX_SHARE, words + 2 * CELL_PAD + 0.04);
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

export function rowIn(cells: string[], widths: number[], pt: number): number {
  return Math.max(...cells.map((c, i) => textIn(c || ' ', Math.max(0.2, widths[i]! - 2 * CELL_PAD), pt))) + 2 * CELL_PAD + 0.02;
}

export function figureTile(b: Extract<Block, { type: 'keyFigures' }>, w: number, scale: number) {
  const s = sizes(scale);
  const perRow = b.items.length > 4 ? 6 : b.items.length;
  const gap = 0.14;
  const tileW = (w - gap * (perRow - 1)) / perRow;
  const labelH = Math.max(...b.items.map((i) => textIn(i.label, tileW - 0.2, s.small)));
  return { perRow, gap, tileW, tileH: 0.16 + (s.figure * 1.2) / 72 + labelH + 0.12, rows: Math.ceil(b.items.length / perRow) };
}

/** Inches a block takes at a width; undefined for charts and grids, which take the room left. */
export function measure(b: Block, w: number, scale: number): number | undefined {
  const s = sizes(scale);
  switch (b.type) {
    case 'heading':
      return textIn(b.text, w, s.heading);
    case 'paragraph':
      return textIn(b.label ? `${b.label} : ${b.text}` : b.text, w, b.style === 'lead' ? s.body * 1.1 : s.body);
    case 'bullets':
      return b.items.reduce(
        (h, i) => h + textIn(i.label ? `${i.label} : ${i.text}` : i.text, w - BULLET_INDENT, s.body) + (s.body * 0.35) / 72,
        0,
      );
    case 'table': {
      const ws = tableWidths(b, w, s.small);
      return (
        rowIn(
          b.columns.map((c) => c.label),
          ws,
          s.small,
        ) + b.rows.reduce((h, r) => h + rowIn(r, ws, s.small), 0)
      );
    }
    case 'keyFigures': {
      const t = figureTile(b, w, scale);
      return t.rows * t.tileH + (t.rows - 1) * t.gap;
    }
    case 'callout':
      return 0.24 + textIn(b.title, w - 0.35, s.body) + textIn(b.text, w - 0.35, s.body);
    case 'pageBreak':
      return 0;
    default:
      return undefined;
  }
}
