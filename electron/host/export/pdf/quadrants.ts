// A 2 × 2 grid on a pdfkit page (SWOT, power and interest), with optional axis names along the edges.
import type { Block } from '../../../../shared/document';
import { COLOURS, TONES, hex } from '../theme';
import { textHeight, write, type Painter } from './paint';

type Quadrants = Extract<Block, { type: 'quadrants' }>;

const axisRoom = (p: Painter, q: Quadrants) => (q.yAxis || q.xAxis ? p.style.small * 1.8 : 0);

function cellHeight(p: Painter, cell: Quadrants['cells'][number], w: number): number {
  const pad = p.style.small * 0.8;
  const head = textHeight(p, cell.title, 'bold', p.style.body, w - 2 * pad) + pad * 1.2;
  const items = cell.items;
  const body = items.reduce((s, i) => s + textHeight(p, i, 'regular', p.style.small, w - 2 * pad - p.style.small) + 3, 0);
  return head + pad + body + pad;
}

export function quadrantsHeight(p: Painter, q: Quadrants, w: number): number {
  const cw = (w - axisRoom(p, q) - p.style.gap * 0.5) / 2;
  const [a, b, c, d] = q.cells.map((cell) => cellHeight(p, cell, cw));
  return Math.max(a!, b!) + Math.max(c!, d!) + p.style.gap * 0.5 + axisRoom(p, q);
}

export function quadrants(p: Painter, q: Quadrants, x: number, y: number, w: number, h = quadrantsHeight(p, q, w)): number {
  const axis = axisRoom(p, q);
  const gap = p.style.gap * 0.5;
  const cw = (w - axis - gap) / 2;
  const natural = q.cells.map((cell) => cellHeight(p, cell, cw));
  const free = h - axis - gap;
  const topShare = Math.max(natural[0]!, natural[1]!) / (Math.max(natural[0]!, natural[1]!) + Math.max(natural[2]!, natural[3]!));
  const rows = [free * topShare, free * (1 - topShare)];
  q.cells.forEach((cell, i) => {
    const cx = x + axis + (i % 2) * (cw + gap);
    const cy = y + (i < 2 ? 0 : rows[0]! + gap);
    const ch = rows[i < 2 ? 0 : 1]!;
    const tone = TONES[cell.tone];
    const pad = p.style.small * 0.8;
    p.doc.rect(cx, cy, cw, ch).lineWidth(0.75).strokeColor(hex(COLOURS.rule)).stroke();
    const headH = textHeight(p, cell.title, 'bold', p.style.body, cw - 2 * pad) + pad * 1.2;
    p.doc.rect(cx, cy, cw, headH).fill(hex(tone.bg));
    p.doc.rect(cx, cy, cw, 2.5).fill(hex(tone.fg));
    write(p, cell.title, cx + pad, cy + pad * 0.75, cw - 2 * pad, 'bold', p.style.body, tone.fg);
    let iy = cy + headH + pad;
    for (const item of cell.items) {
      p.doc.circle(cx + pad + 2, iy + p.style.small * 0.6, 1.6).fill(hex(tone.fg));
      iy += write(p, item, cx + pad + p.style.small, iy, cw - 2 * pad - p.style.small, 'regular', p.style.small, COLOURS.body) + 3;
    }
  });
  if (q.yAxis) {
    p.doc.save().rotate(-90, { origin: [x, y + h - axis] });
    write(p, q.yAxis, x, y + h - axis + 2, h - axis, 'semibold', p.style.small, COLOURS.muted, 'center');
    p.doc.restore();
  }
  if (q.xAxis) write(p, q.xAxis, x + axis, y + h - axis + 4, w - axis, 'semibold', p.style.small, COLOURS.muted, 'right');
  return h;
}
