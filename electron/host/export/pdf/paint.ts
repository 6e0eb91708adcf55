// Drawing text blocks on a pdfkit page: headings, paragraphs, bullets, key figures and callouts, measured first.
import type { Block } from '../../../../shared/document';
import { COLOURS, TONES, hex } from '../theme';
import type { FontName } from './fonts';
import type { Pdf } from './output';

/** Sizes in points; the document and the deck use the same renderers at different sizes. */
export interface Style {
  body: number;
  small: number;
  heading: number;
  figure: number;
  lineGap: number;
  gap: number;
  /** Between a bold label and its text. */
  labelSep: string;
}

export interface Painter {
  doc: Pdf;
  style: Style;
}

export function font(p: Painter, name: FontName, size: number, colour = COLOURS.body): void {
  p.doc.font(name).fontSize(size).fillColor(hex(colour));
}

export function textHeight(p: Painter, text: string, name: FontName, size: number, width: number): number {
  font(p, name, size);
  return p.doc.heightOfString(text || ' ', { width, lineGap: p.style.lineGap });
}

export function write(
  p: Painter,
  text: string,
  x: number,
  y: number,
  width: number,
  name: FontName,
  size: number,
  colour?: string,
  align: 'left' | 'right' | 'center' = 'left',
): number {
  font(p, name, size, colour);
  const h = p.doc.heightOfString(text || ' ', { width, lineGap: p.style.lineGap });
  p.doc.text(text, x, y, { width, lineGap: p.style.lineGap, align, lineBreak: true });
  return h;
}

type Para = Extract<Block, { type: 'paragraph' }>;
type Bullets = Extract<Block, { type: 'bullets' }>;
type Figures = Extract<Block, { type: 'keyFigures' }>;
type Callout = Extract<Block, { type: 'callout' }>;

const paraSize = (p: Painter, b: Para) =>
  b.style === 'lead' ? p.style.body * 1.15 : b.style === 'muted' ? p.style.body * 0.92 : p.style.body;
const paraFont = (b: Para): FontName => (b.style === 'muted' ? 'italic' : 'regular');
const paraColour = (b: Para) => (b.style === 'muted' ? COLOURS.muted : b.style === 'lead' ? COLOURS.ink : COLOURS.body);

/** A paragraph, its optional label in bold on the same line. */
export function paragraph(p: Painter, b: Para, x: number, y: number, w: number, draw = true): number {
  const size = paraSize(p, b);
  font(p, paraFont(b), size, paraColour(b));
  const options = { width: w, lineGap: p.style.lineGap };
  if (!b.label) {
    const h = p.doc.heightOfString(b.text, options);
    if (draw) p.doc.text(b.text, x, y, options);
    return h;
  }
  const label = `${b.label}${p.style.labelSep}`;
  font(p, 'semibold', size);
  const h = p.doc.heightOfString(label + b.text, options);
  if (draw) {
    p.doc.fillColor(hex(COLOURS.navy)).text(label, x, y, { ...options, continued: true });
    font(p, paraFont(b), size, paraColour(b));
    p.doc.text(b.text, options);
  }
  return h;
}

export function heading(p: Painter, text: string, x: number, y: number, w: number, draw = true): number {
  const h = textHeight(p, text, 'bold', p.style.heading, w);
  if (draw) write(p, text, x, y, w, 'bold', p.style.heading, COLOURS.navy);
  return h;
}

const BULLET_INDENT = 1.1;

export function bulletItem(p: Painter, item: Bullets['items'][number], x: number, y: number, w: number, draw = true): number {
  const indent = p.style.body * BULLET_INDENT;
  const h = paragraph(
    p,
    { type: 'paragraph', text: item.text, ...(item.label ? { label: item.label } : {}) },
    x + indent,
    y,
    w - indent,
    draw,
  );
  if (draw) {
    const r = p.style.body * 0.17;
    p.doc.circle(x + r + 1, y + p.style.body * 0.62, r).fill(hex(COLOURS.teal));
  }
  return h;
}

export function bullets(p: Painter, b: Bullets, x: number, y: number, w: number, draw = true): number {
  let h = 0;
  b.items.forEach((item, i) => {
    h += bulletItem(p, item, x, y + h, w, draw) + (i < b.items.length - 1 ? p.style.gap * 0.4 : 0);
  });
  return h;
}

/** Key figures as a row (or rows) of tinted tiles: the value large, the label small below. */
export function keyFigures(
  p: Painter,
  b: Figures,
  x: number,
  y: number,
  w: number,
  draw = true,
  perRow = Math.min(b.items.length, 3),
): number {
  const gap = p.style.gap * 0.8;
  const tileW = (w - gap * (perRow - 1)) / perRow;
  const pad = p.style.small * 0.8;
  const labelH = Math.max(...b.items.map((i) => textHeight(p, i.label, 'regular', p.style.small, tileW - 2 * pad)));
  const tileH = pad * 2 + p.style.figure * 1.15 + 4 + labelH;
  const rows = Math.ceil(b.items.length / perRow);
  if (draw) {
    b.items.forEach((item, i) => {
      const tx = x + (i % perRow) * (tileW + gap);
      const ty = y + Math.floor(i / perRow) * (tileH + gap);
      const tone = TONES[item.tone];
      p.doc.rect(tx, ty, tileW, tileH).fill(hex(tone.bg));
      p.doc.rect(tx, ty, 3, tileH).fill(hex(tone.fg));
      // A long value ("1 073 660 €") gets a smaller size so that it stays on one line of its tile.
      font(p, 'bold', p.style.figure);
      const fit = Math.min(p.style.figure, (p.style.figure * (tileW - 2 * pad - 4)) / Math.max(1, p.doc.widthOfString(item.value)));
      write(p, item.value, tx + pad + 2, ty + pad + (p.style.figure - fit) * 0.9, tileW - 2 * pad, 'bold', fit, tone.fg);
      write(p, item.label, tx + pad + 2, ty + pad + p.style.figure * 1.15 + 4, tileW - 2 * pad, 'regular', p.style.small, COLOURS.muted);
    });
  }
  return rows * tileH + (rows - 1) * gap;
}

export function callout(p: Painter, b: Callout, x: number, y: number, w: number, draw = true): number {
  const pad = p.style.body * 0.8;
  const inner = w - 2 * pad - 4;
  const titleH = textHeight(p, b.title, 'bold', p.style.body, inner);
  const textH = textHeight(p, b.text, 'regular', p.style.body, inner);
  const h = pad * 2 + titleH + 3 + textH;
  if (draw) {
    const tone = TONES[b.tone];
    p.doc.rect(x, y, w, h).fill(hex(tone.bg));
    p.doc.rect(x, y, 4, h).fill(hex(tone.fg));
    write(p, b.title, x + pad + 4, y + pad, inner, 'bold', p.style.body, tone.fg);
    write(p, b.text, x + pad + 4, y + pad + titleH + 3, inner, 'regular', p.style.body, COLOURS.ink);
  }
  return h;
}
