// The strategy chain on a slide with pptxgenjs shapes: navy column heads with arrows, a lane per objective.
import type { Block } from '../../../../shared/document';
import type { Box } from '../deck-layout';
import { chainGeometry, chainTextSize } from '../chain-layout';
import { COLOURS, TONES } from '../theme';
import { sizes, textIn } from './measure';
import type { Op } from './spec';

type Chain = Extract<Block, { type: 'chain' }>;

const PAD = 0.08;
/** Projector floor: 12 pt is about 24 px on a 1080p screen. */
const MIN_PT = 12;

export function chainOps(b: Chain, box: Box, scale: number): Op[] {
  const g = chainGeometry(b, box);
  const s = sizes(scale);
  const pt = chainTextSize(
    b,
    (items, size, j, i) => {
      const cell = g.cells[j]![i]!;
      const h = items.reduce((sum, t) => sum + textIn(t, cell.w - 2 * PAD - (items.length > 1 ? 0.12 : 0), size) + 0.04, 0);
      return h <= cell.h - 2 * PAD;
    },
    Math.max(s.body, MIN_PT),
    MIN_PT,
  );
  // Every head on one line, at the size the longest one allows (Calibri's average width, as measure.ts estimates).
  const longest = Math.max(...b.columns.map((c) => c.length));
  const headPt = Math.min(Math.max(s.body, 14), ((g.heads[0]!.w - 0.1) * 72) / (longest * 0.58));
  const ops: Op[] = [];
  g.heads.forEach((head, i) => {
    ops.push(
      { kind: 'shape', shape: 'rect', options: { ...head, fill: { color: COLOURS.navy }, line: { color: COLOURS.navy } } },
      {
        kind: 'text',
        text: b.columns[i]!,
        options: {
          ...head,
          margin: 0,
          fontSize: headPt,
          bold: true,
          color: COLOURS.white,
          align: 'center',
          valign: 'middle',
          fit: 'shrink',
        },
      },
    );
  });
  g.cells.forEach((lane, j) =>
    lane.forEach((cell, i) => {
      const items = b.lanes[j]![i]!;
      const first = i === 0;
      const tone = first ? TONES.neutral : { fg: COLOURS.navy, bg: COLOURS.white };
      ops.push({
        kind: 'shape',
        shape: 'rect',
        options: {
          ...cell,
          fill: { color: items.length ? tone.bg : COLOURS.zebra },
          line: {
            color: items.length ? (first ? COLOURS.navy : COLOURS.teal) : COLOURS.rule,
            width: items.length ? 1.25 : 0.75,
            dashType: items.length ? 'solid' : 'dash',
          },
        },
      });
      if (items.length)
        ops.push({
          kind: 'text',
          text: items.map((t) => ({
            text: t,
            options: { breakLine: true, paraSpaceAfter: 3, ...(items.length > 1 ? { bullet: { indent: 9 } } : {}) },
          })),
          options: {
            x: cell.x + PAD,
            y: cell.y + PAD,
            w: cell.w - 2 * PAD,
            h: cell.h - 2 * PAD,
            margin: 0,
            valign: 'middle',
            fit: 'shrink',
            fontSize: pt,
            bold: first,
            color: first ? COLOURS.navy : COLOURS.ink,
          },
        });
    }),
  );
  for (const a of g.arrows)
    ops.push({
      kind: 'shape',
      shape: 'line',
      options: {
        x: a.x1,
        y: a.y,
        w: a.x2 - a.x1,
        h: 0,
        line: { color: a.whole ? COLOURS.teal : COLOURS.rule, width: a.whole ? 2.25 : 1, endArrowType: 'triangle' },
      },
    });
  return ops;
}
