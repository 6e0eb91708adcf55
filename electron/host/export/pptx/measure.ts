// Estimated heights (inches) of blocks set in Calibri, so that the PPTX lays out slides without a text engine.
import type { Block } from '../../../../shared/document';
import { columnWidths } from '../column-widths';
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

/** Column widths by weight, each at least as wide as its longest word (see column-widths.ts). */
export const tableWidths = (b: Extract<Block, { type: 'table' }>, w: number, pt = DECK_SIZES.small): number[] =>
  columnWidths(b, w, pt, 2 * CELL_PAD + 0.04);

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
