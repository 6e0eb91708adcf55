// Four quadrants whose cards line up in rows of two, in the order the group put them (SWOT, stakeholders): one slot
// size for the whole board, each row of quadrants as tall as its fuller quadrant, no card over another, and a sparse
// board kept small so that the room sees its cards large once the quadrants are framed whole.
import type { Card } from '../../../../shared/model';
import { CARD_H, CARD_W, type XY } from '../geometry';
import { EXAMPLE_H } from './placeExample';
import type { Zone } from './types';

const GAP = 16;
const COLS = 2;

/** Top to bottom, then left to right, as the group arranged them; creation order breaks ties. */
export const reading = (a: Card, b: Card) => a.y - b.y || a.x - b.x || a.createdAt - b.createdAt;

export interface RowsOfTwo<Q> {
  /** One slot, card and gap, the same for every quadrant: the largest card, never smaller than a new one. */
  cellW: number;
  cellH: number;
  /** A quadrant's width: its padding and two slots. */
  quadrantW: number;
  /** The height of a quadrant that holds `n` cards (one row at least). */
  heightFor(n: number): number;
  /** How many cards a quadrant holds (null: the tray). */
  count(q: Q | null): number;
  /** Gives each card of quadrant `q` (null: the tray) its slot in `zone`, in reading order, `cols` to a row. */
  lineUp(q: Q | null, zone: Zone, slots: Map<string, XY>, cols?: number): void;
}

/** `cards` are the governed cards of the step, `quadrantOf` their quadrant (null while unsorted). */
export function rowsOfTwo<Q>(
  cards: readonly Card[],
  quadrantOf: (card: Card) => Q | null,
  frame: { head: number; pad: number },
): RowsOfTwo<Q> {
  const cellW = Math.max(CARD_W, ...cards.map((c) => c.width)) + GAP;
  // An empty board shows an example card in each quadrant, a little taller than a card.
  const cellH = (cards.length === 0 ? EXAMPLE_H : Math.max(CARD_H, ...cards.map((c) => c.height))) + GAP;
  const members = new Map<Q | null, Card[]>();
  for (const c of [...cards].sort(reading)) {
    const q = quadrantOf(c);
    members.set(q, [...(members.get(q) ?? []), c]);
  }
  return {
    cellW,
    cellH,
    quadrantW: 2 * frame.pad + COLS * cellW - GAP,
    heightFor: (n) => frame.head + Math.max(1, Math.ceil(n / COLS)) * cellH - GAP + frame.pad,
    count: (q) => members.get(q)?.length ?? 0,
    lineUp: (q, zone, slots, cols = COLS) => {
      const left = zone.x + (zone.inset?.left ?? frame.pad);
      const top = zone.y + (zone.inset?.top ?? frame.head);
      (members.get(q) ?? []).forEach((card, k) =>
        slots.set(card.id, { x: left + (k % cols) * cellW, y: top + Math.floor(k / cols) * cellH }),
      );
    },
  };
}
