// The strategy map's layout: the chain read left to right, a column per link (objective, target, channel, content, KPI,
// owner) under its header, a lane per objective; a card linked to two objectives shows in both lanes.
import { CHAIN_COLUMNS, strategyChain, type ChainColumn } from '../../../../shared/document/chain';
import type { Card, Link } from '../../../../shared/model';
import type { Rect } from '../geometry';

export const CHAIN_CARD = { width: 250, height: 124 };
const PAD = 10;
const GAP = 12;
/** Room between two columns for the arrow that reads from one to the next. */
export const COLUMN_GAP = 52;
export const HEAD_H = 64;
const LANE_GAP = 28;
export const CELL_W = CHAIN_CARD.width + 2 * PAD;

export type ChainNode =
  | ({ kind: 'head'; id: string; column: ChainColumn } & Rect)
  | ({ kind: 'cell'; id: string; column: ChainColumn; lane: number; empty: boolean } & Rect)
  | ({ kind: 'card'; id: string; column: ChainColumn; lane: number; card: Card } & Rect);

export interface ChainEdge {
  id: string;
  source: string;
  target: string;
}

const columnX = (i: number) => i * (CELL_W + COLUMN_GAP);

/** Heads, then each lane's cells and cards; arrows from head to head, and from a filled cell to the next filled one. */
export function chainLayout(cards: readonly Card[], links: readonly Link[]): { nodes: ChainNode[]; edges: ChainEdge[] } {
  const lanes = strategyChain(cards, links);
  const nodes: ChainNode[] = CHAIN_COLUMNS.map((column, i) => ({
    kind: 'head',
    id: `head:${column}`,
    column,
    x: columnX(i),
    y: 0,
    width: CELL_W,
    height: HEAD_H,
  }));
  const edges: ChainEdge[] = CHAIN_COLUMNS.slice(1).map((column, i) => ({
    id: `head:${i}`,
    source: `head:${CHAIN_COLUMNS[i]!}`,
    target: `head:${column}`,
  }));
  let y = HEAD_H + LANE_GAP;
  lanes.forEach((lane, j) => {
    const most = Math.max(1, ...CHAIN_COLUMNS.map((c) => lane.columns[c].length));
    const height = 2 * PAD + most * CHAIN_CARD.height + (most - 1) * GAP;
    CHAIN_COLUMNS.forEach((column, i) => {
      const mine = lane.columns[column];
      const cellId = `cell:${j}:${column}`;
      nodes.push({ kind: 'cell', id: cellId, column, lane: j, empty: mine.length === 0, x: columnX(i), y, width: CELL_W, height });
      // Cards sit in the middle of their cell, so that a lane's single cards line up with the arrows.
      const top = y + (height - (mine.length * CHAIN_CARD.height + (mine.length - 1) * GAP)) / 2;
      mine.forEach((card, k) =>
        nodes.push({
          kind: 'card',
          id: `${j}:${column}:${card.id}`,
          column,
          lane: j,
          card,
          x: columnX(i) + PAD,
          y: top + k * (CHAIN_CARD.height + GAP),
          ...CHAIN_CARD,
        }),
      );
      const next = CHAIN_COLUMNS[i + 1];
      if (next && mine.length > 0 && lane.columns[next].length > 0)
        edges.push({ id: `${j}:${column}>${next}`, source: cellId, target: `cell:${j}:${next}` });
    });
    y += height + LANE_GAP;
  });
  return { nodes, edges };
}
