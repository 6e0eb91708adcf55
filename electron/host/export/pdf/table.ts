// Tables on a pdfkit page: shaded header row, zebra rows, wrapped cells; the header repeats after a page break.
import type { Block } from '../../../../shared/document';
import { COLOURS, hex } from '../theme';
import { font, type Painter } from './paint';

type Table = Extract<Block, { type: 'table' }>;

/** Moves to a new page when h does not fit below y; answers where to draw. Slides never break. */
export type Breaker = (y: number, h: number) => number;
export const noBreak: Breaker = (y) => y;

const PAD_X = 4;

/** The longest word of a column, so that no word is cut in two (capped at a third of the table). */
function minWidths(p: Painter, t: Table, w: number, size: number): number[] {
  return t.columns.map((c, i) => {
    let longest = 0;
    const measure = (text: string, name: 'semibold' | 'regular') => {
      font(p, name, size);
      for (const word of text.split(/\s+/)) if (word.length > 3) longest = Math.max(longest, p.doc.widthOfString(word));
    };
    measure(c.label, 'semibold');
    for (const row of t.rows.slice(0, 200)) measure(row[i] ?? '', 'regular');
    return Math.min(w / 3, longest + 2 * PAD_X + 1);
  });
}

/** Widths by weight, then widened to their longest word, taking the room from the columns that have some to spare. */
function widths(p: Painter, t: Table, w: number, size: number): number[] {
  const total = t.columns.reduce((s, c) => s + c.weight, 0) || 1;
  const ws = t.columns.map((c) => (c.weight / total) * w);
  const mins = minWidths(p, t, w, size);
  for (let pass = 0; pass < 3; pass++) {
    const short = ws.reduce((s, x, i) => s + Math.max(0, mins[i]! - x), 0);
    if (short <= 0.5) break;
    const spare = ws.reduce((s, x, i) => s + Math.max(0, x - mins[i]!), 0);
    if (spare <= 0) break;
    const take = Math.min(1, short / spare);
    ws.forEach((x, i) => (ws[i] = x < mins[i]! ? mins[i]! : x - (x - mins[i]!) * take));
  }
  return ws;
}

function rowHeight(p: Painter, cells: string[], ws: number[], header: boolean, size: number): number {
  const padY = size * 0.42;
  font(p, header ? 'semibold' : 'regular', size);
  const lines = cells.map((c, i) => p.doc.heightOfString(c || ' ', { width: Math.max(4, ws[i]! - 2 * PAD_X), lineGap: 1.5 }));
  return Math.max(...lines) + 2 * padY;
}

function drawRow(
  p: Painter,
  t: Table,
  cells: string[],
  x: number,
  y: number,
  ws: number[],
  h: number,
  kind: 'header' | 'even' | 'odd',
  size: number,
): void {
  const w = ws.reduce((s, n) => s + n, 0);
  if (kind === 'header') p.doc.rect(x, y, w, h).fill(hex(COLOURS.navy));
  else if (kind === 'odd') p.doc.rect(x, y, w, h).fill(hex(COLOURS.zebra));
  let cx = x;
  cells.forEach((c, i) => {
    font(p, kind === 'header' ? 'semibold' : 'regular', size, kind === 'header' ? COLOURS.white : COLOURS.body);
    p.doc.text(c, cx + PAD_X, y + size * 0.42, {
      width: Math.max(4, ws[i]! - 2 * PAD_X),
      lineGap: 1.5,
      align: t.columns[i]?.align ?? 'left',
    });
    cx += ws[i]!;
  });
  if (kind !== 'header')
    p.doc
      .moveTo(x, y + h)
      .lineTo(x + w, y + h)
      .lineWidth(0.5)
      .strokeColor(hex(COLOURS.rule))
      .stroke();
}

/** Draws the table from y and answers where it ends (on the page it ends on). */
export function table(
  p: Painter,
  t: Table,
  x: number,
  y: number,
  w: number,
  size: number,
  breaker: Breaker = noBreak,
  draw = true,
): number {
  const ws = widths(p, t, w, size);
  const header = t.columns.map((c) => c.label);
  const headH = rowHeight(p, header, ws, true, size);
  const firstH = t.rows[0] ? rowHeight(p, t.rows[0], ws, false, size) : 0;
  let cy = breaker(y, headH + firstH);
  if (draw) drawRow(p, t, header, x, cy, ws, headH, 'header', size);
  cy += headH;
  t.rows.forEach((row, i) => {
    const h = rowHeight(p, row, ws, false, size);
    const next = breaker(cy, h);
    if (next !== cy) {
      cy = next;
      if (draw) drawRow(p, t, header, x, cy, ws, headH, 'header', size);
      cy += headH;
    }
    if (draw) drawRow(p, t, row, x, cy, ws, h, i % 2 ? 'odd' : 'even', size);
    cy += h;
  });
  return cy;
}

/** The height the table takes when it is not broken across pages. */
export function tableHeight(p: Painter, t: Table, w: number, size: number): number {
  const ws = widths(p, t, w, size);
  return (
    rowHeight(
      p,
      t.columns.map((c) => c.label),
      ws,
      true,
      size,
    ) + t.rows.reduce((s, r) => s + rowHeight(p, r, ws, false, size), 0)
  );
}
