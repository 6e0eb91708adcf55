// Where the strategy chain's pieces go in its box (inches), shared by the PPTX and the deck PDF: a header per column
// with an arrow to the next, then one lane per objective, its cells side by side with an arrow between linked cells.
import type { Block } from '../../../shared/document';

type Chain = Extract<Block, { type: 'chain' }>;

export interface ChainRect {
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface ChainArrow {
  x1: number;
  x2: number;
  y: number;
  /** False when one side is empty: the chain breaks there, the arrow is drawn faint. */
  whole: boolean;
}

export interface ChainGeometry {
  heads: ChainRect[];
  /** Per lane, a cell per column. */
  cells: ChainRect[][];
  arrows: ChainArrow[];
}

export const CHAIN_GAP = { column: 0.3, lane: 0.14, head: 0.5, afterHead: 0.14 };

export function chainGeometry(b: Chain, box: ChainRect): ChainGeometry {
  const n = b.columns.length;
  const cw = (box.w - CHAIN_GAP.column * (n - 1)) / n;
  const xs = b.columns.map((_, i) => box.x + i * (cw + CHAIN_GAP.column));
  const heads = xs.map((x) => ({ x, y: box.y, w: cw, h: CHAIN_GAP.head }));
  const top = box.y + CHAIN_GAP.head + CHAIN_GAP.afterHead;
  const lanes = Math.max(1, b.lanes.length);
  const lh = (box.y + box.h - top - CHAIN_GAP.lane * (lanes - 1)) / lanes;
  const cells = b.lanes.map((_, j) => xs.map((x) => ({ x, y: top + j * (lh + CHAIN_GAP.lane), w: cw, h: lh })));
  const arrows: ChainArrow[] = [];
  const arrow = (a: ChainRect, c: ChainRect, whole: boolean) =>
    arrows.push({ x1: a.x + a.w + 0.04, x2: c.x - 0.04, y: a.y + a.h / 2, whole });
  for (let i = 0; i + 1 < n; i++) arrow(heads[i]!, heads[i + 1]!, true);
  b.lanes.forEach((lane, j) => {
    for (let i = 0; i + 1 < n; i++) arrow(cells[j]![i]!, cells[j]![i + 1]!, lane[i]!.length > 0 && lane[i + 1]!.length > 0);
  });
  return { heads, cells, arrows };
}

/** The largest size, from `max` down to `min` points, at which every cell's items fit; `fits` measures one cell. */
export function chainTextSize(
  b: Chain,
  fits: (items: string[], pt: number, lane: number, column: number) => boolean,
  max: number,
  min: number,
): number {
  for (let pt = max; pt > min; pt -= 0.5) {
    if (b.lanes.every((lane, j) => lane.every((items, i) => fits(items, pt, j, i)))) return pt;
  }
  return min;
}
