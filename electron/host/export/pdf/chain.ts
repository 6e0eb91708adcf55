// The strategy chain on a deck PDF page with pdfkit drawing: navy column heads with arrows, a lane per objective.
import type { Block } from '../../../../shared/document';
import { chainGeometry, chainTextSize, type ChainRect } from '../chain-layout';
import { COLOURS, TONES, hex } from '../theme';
import { textHeight, write, type Painter } from './paint';

type Chain = Extract<Block, { type: 'chain' }>;

const PT = 72;
const PAD = 6;
/** Projector floor: 12 pt is about 24 px on a 1080p screen. */
const MIN_PT = 12;
const BULLET = 9;

const inPt = (r: ChainRect) => ({ x: r.x * PT, y: r.y * PT, w: r.w * PT, h: r.h * PT });

function itemsHeight(p: Painter, items: string[], w: number, pt: number): number {
  const indent = items.length > 1 ? BULLET : 0;
  return items.reduce((sum, t) => sum + textHeight(p, t, 'regular', pt, w - indent) + 3, 0);
}

/** Draws the chain in its box, given in inches as the slide layout gives it. */
export function chain(painter: Painter, b: Chain, box: ChainRect): void {
  // Tighter lines than running text: a cell holds two or three short names.
  const p: Painter = { ...painter, style: { ...painter.style, lineGap: 1.2 } };
  const { doc } = p;
  const g = chainGeometry(b, box);
  const pt = chainTextSize(
    b,
    (items, size, j, i) => {
      const c = inPt(g.cells[j]![i]!);
      return itemsHeight(p, items, c.w - 2 * PAD, size) <= c.h - 2 * PAD;
    },
    Math.max(p.style.body, MIN_PT),
    MIN_PT,
  );
  g.heads.forEach((head, i) => {
    const r = inPt(head);
    doc.rect(r.x, r.y, r.w, r.h).fill(hex(COLOURS.navy));
    // Every head on one line, at the size the longest one allows.
    const longest = Math.max(...b.columns.map((c) => doc.font('bold').fontSize(1).widthOfString(c)));
    const size = Math.min(Math.max(p.style.body, 14), (r.w - 2 * PAD) / longest);
    const th = textHeight(p, b.columns[i]!, 'bold', size, r.w - 2 * PAD);
    write(p, b.columns[i]!, r.x + PAD, r.y + (r.h - th) / 2, r.w - 2 * PAD, 'bold', size, COLOURS.white, 'center');
  });
  g.cells.forEach((lane, j) =>
    lane.forEach((cell, i) => {
      const r = inPt(cell);
      const items = b.lanes[j]![i]!;
      const first = i === 0;
      if (items.length === 0) {
        doc.rect(r.x, r.y, r.w, r.h).fill(hex(COLOURS.zebra));
        doc.rect(r.x, r.y, r.w, r.h).dash(4, { space: 3 }).lineWidth(0.75).strokeColor(hex(COLOURS.rule)).stroke().undash();
        return;
      }
      doc.rect(r.x, r.y, r.w, r.h).fill(hex(first ? TONES.neutral.bg : COLOURS.white));
      doc
        .rect(r.x, r.y, r.w, r.h)
        .lineWidth(1.25)
        .strokeColor(hex(first ? COLOURS.navy : COLOURS.teal))
        .stroke();
      const w = r.w - 2 * PAD;
      const h = itemsHeight(p, items, w, pt);
      let y = r.y + Math.max(PAD, (r.h - h) / 2);
      for (const t of items) {
        const indent = items.length > 1 ? BULLET : 0;
        if (indent) doc.circle(r.x + PAD + 2.5, y + pt * 0.6, 1.8).fill(hex(COLOURS.teal));
        y += write(p, t, r.x + PAD + indent, y, w - indent, first ? 'bold' : 'regular', pt, first ? COLOURS.navy : COLOURS.ink) + 3;
      }
    }),
  );
  for (const a of g.arrows) {
    const [x1, x2, y] = [a.x1 * PT, a.x2 * PT, a.y * PT];
    const colour = hex(a.whole ? COLOURS.teal : COLOURS.rule);
    const head = a.whole ? 6 : 4;
    doc
      .moveTo(x1, y)
      .lineTo(x2 - head, y)
      .lineWidth(a.whole ? 2.25 : 1)
      .strokeColor(colour)
      .stroke();
    doc.polygon([x2 - head, y - head * 0.7], [x2, y], [x2 - head, y + head * 0.7]).fill(colour);
  }
}
