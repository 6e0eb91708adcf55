// The strategy map's layout: the chain read left to right, a column per link (objective, target, channel, content, KPI,
// owner) under its header, a lane per objective; a card linked to two objectives shows in both lanes.
import { CHAIN_COLUMNS, strategyChain, type ChainColumn } from '../../../../shared/document/chain';
import type { Card, Link } from '../../../../shared/model';
import type { Rect } from '../geometry';

/** A title's largest type (map.css: 1.8rem) and line height: a card's height holds its lines of that size. */
const TITLE_MAX_PX = 28.8;
const LINE_HEIGHT = 1.15;
/** Borders (6 + 2), padding above and below (8 + 8), and 2 to spare under the last line. */
const CARD_CHROME = 26;
/** How high a card must be for `lines` lines of title, and how many lines a card of a given height holds. */
export const cardHeight = (lines: number) => CARD_CHROME + Math.ceil(lines * LINE_HEIGHT * TITLE_MAX_PX);
export const linesIn = (height: number) => Math.max(1, Math.floor((height - CARD_CHROME) / (LINE_HEIGHT * TITLE_MAX_PX)));

/**
 * Wide and low: the chain is six columns across a 16:9 screen, so its height decides the zoom as soon as a lane holds
 * three cards. Two lines of title in the control view; three in the audience view, whose board has the height.
 */
export const CHAIN_CARD = { width: 260, height: cardHeight(2) };
const PAD = 8;
const GAP = 10;
/** Room between two columns for the arrow that reads from one to the next. */
export const COLUMN_GAP = 40;
export const HEAD_H = 48;
const LANE_GAP = 18;
export const CELL_W = CHAIN_CARD.width + 2 * PAD;

export type ChainNode =
  | ({ kind: 'head'; id: string; column: ChainColumn } & Rect)
  | ({ kind: 'cell'; id: string; column: ChainColumn; lane: number; empty: boolean } & Rect)
  | ({ kind: 'card'; id: string; column: ChainColumn; lane: number; card: Card; lines: number } & Rect);

export interface ChainEdge {
  id: string;
  source: string;
  target: string;
}

const columnX = (i: number) => i * (CELL_W + COLUMN_GAP);

/**
 * Heads, then each lane's cells and cards; arrows from head to head, and from a filled cell to the next filled one.
 * Cards hold `lines` lines of title; a lane's objective, alone in its cell, is as high as the cell and holds more.
 */
export function chainLayout(cards: readonly Card[], links: readonly Link[], lines = 2): { nodes: ChainNode[]; edges: ChainEdge[] } {
  const lanes = strategyChain(cards, links);
  const cardH = cardHeight(lines);
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
    const height = 2 * PAD + most * cardH + (most - 1) * GAP;
    CHAIN_COLUMNS.forEach((column, i) => {
      const mine = lane.columns[column];
      const cellId = `cell:${j}:${column}`;
      nodes.push({ kind: 'cell', id: cellId, column, lane: j, empty: mine.length === 0, x: columnX(i), y, width: CELL_W, height });
      const tall = column === 'objective' && mine.length === 1;
      const h = tall ? height - 2 * PAD : cardH;
      // Cards sit in the middle of their cell, so that a lane's single cards line up with the arrows.
      const top = y + (height - (mine.length * h + (mine.length - 1) * GAP)) / 2;
      mine.forEach((card, k) =>
        nodes.push({
          kind: 'card',
          id: `${j}:${column}:${card.id}`,
          column,
          lane: j,
          card,
          lines: linesIn(h),
          x: columnX(i) + PAD,
          y: top + k * (h + GAP),
          width: CHAIN_CARD.width,
          height: h,
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
