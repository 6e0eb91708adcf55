// Where a new card goes and what it means there: at the point asked (taking the zone's meaning) or in its home zone.
import type { Card, Fields } from '../../../../shared/model';
import { CARD_H, CARD_W, type XY } from '../geometry';
import { ROW_H } from './matrix';
import { placeCards } from './place';
import { reading } from './rowsOfTwo';
import type { LayoutModel } from './types';

export interface NewPlace {
  x: number;
  y: number;
  width: number;
  height: number;
  fields: Fields;
}

export function sizeOf(kind: string): { width: number; height: number } {
  if (kind === 'group') return { width: 560, height: 380 };
  if (kind === 'sticky') return { width: 200, height: 160 };
  return { width: CARD_W, height: CARD_H };
}

/** `at` is the point asked (double click, N at the view's centre), null for the toolbar; `fallback` the top left used otherwise. */
export function placeNew(model: LayoutModel, cards: readonly Card[], kind: string, at: XY | null, fallback: XY): NewPlace {
  const size = sizeOf(kind);
  const probe: Card = {
    id: '\u0000new',
    workshopId: '',
    step: 'context',
    kind,
    title: '',
    body: '',
    fields: {},
    x: -1e6,
    y: -1e6,
    ...size,
    colour: null,
    createdAt: 0,
    updatedAt: 0,
  };
  const round = (p: XY) => ({ x: Math.round(p.x), y: Math.round(p.y), ...size });
  if (at) {
    const topLeft = { x: at.x - size.width / 2, y: at.y - size.height / 2 };
    const effect = model.positions && model.governs(kind) ? 'refuse' : model.drop({ ...probe, ...topLeft }, at, topLeft);
    if (effect !== 'refuse') {
      const fields = effect.fields ?? {};
      const p = model.ordered ? inOrder(model, cards, { ...probe, fields }, at, topLeft) : (effect.position ?? topLeft);
      return { ...round(p), fields };
    }
  }
  if (model.layout === 'matrix' && kind === 'channel') {
    const last = Math.max(-ROW_H, ...cards.filter((c) => c.kind === 'channel').map((c) => c.y));
    return { ...round({ x: 0, y: last + ROW_H }), fields: {} };
  }
  if (model.governs(kind) && model.home(probe)) {
    const p = placeCards(model, [...cards, probe]).get(probe.id) ?? fallback;
    return { ...round(p), fields: {} };
  }
  return { ...round(fallback), fields: {} };
}

/**
 * Where a layout that draws its cards in order (SWOT, stakeholders) should store a card made at `at`: just after the
 * last card of its zone drawn above or to the left of the point, else just before the first, so that it comes in where
 * it was asked and no card already there jumps over it.
 */
function inOrder(model: LayoutModel, cards: readonly Card[], made: Card, at: XY, topLeft: XY): XY {
  const home = model.home(made);
  if (!home) return topLeft;
  const drawn = placeCards(model, cards);
  const members = cards.filter((c) => model.home(c)?.id === home.id).sort(reading);
  const before = (c: Card) => {
    const p = drawn.get(c.id) ?? c;
    return p.y + c.height <= at.y || (p.y <= at.y && p.x + c.width / 2 < at.x);
  };
  const previous = members.filter(before).pop();
  if (previous) return { x: previous.x + 1, y: previous.y };
  const first = members[0];
  return first ? { x: first.x - 1, y: first.y } : topLeft;
}
