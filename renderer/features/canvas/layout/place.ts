// Where each card is drawn: where it was put, unless its fields say it belongs in another zone; then in a free slot there.
import type { Card } from '../../../../shared/model';
import { CARD_H, CARD_W, centre, contains, type Rect, type XY } from '../geometry';
import type { LayoutModel, Zone } from './types';

const GAP = 16;
const MAX_TRIES = 400;

const insetOf = (zone: Zone) => zone.inset ?? { left: 20, top: 60 };

/** The part of a zone where cards lie, below or beside its label. */
export function inner(zone: Zone): Rect {
  const inset = insetOf(zone);
  return { x: zone.x + inset.left, y: zone.y + inset.top, width: zone.width - inset.left, height: zone.height - inset.top };
}

/** The k-th slot of a zone, for a card the layout has to place itself. */
export function slot(zone: Zone, k: number): XY {
  const inset = insetOf(zone);
  const x0 = zone.x + inset.left;
  const y0 = zone.y + inset.top;
  if (zone.stack === 'row') return { x: x0 + k * (CARD_W + GAP), y: y0 };
  if (zone.stack === 'cascade') return { x: x0 + (k % 8) * 14, y: y0 + (k % 8) * 14 + Math.floor(k / 8) * 4 };
  const cols = Math.max(1, Math.floor((zone.width - inset.left + GAP) / (CARD_W + GAP)));
  return { x: x0 + (k % cols) * (CARD_W + GAP), y: y0 + Math.floor(k / cols) * (CARD_H + GAP) };
}

/** Room kept between a card and the right or bottom edge of its zone. */
const EDGE = 12;

/**
 * A card whose centre is in its zone is drawn wholly inside it, off the zone's label: moved the least it takes.
 * What is stored does not change; a card larger than the zone keeps to its top left corner.
 */
export function within(area: Rect, card: { width: number; height: number }, p: XY): XY {
  const clamp = (v: number, lo: number, hi: number) => (hi < lo ? lo : Math.min(Math.max(v, lo), hi));
  return {
    x: clamp(p.x, area.x, area.x + area.width - card.width - EDGE),
    y: clamp(p.y, area.y, area.y + area.height - card.height - EDGE),
  };
}

const overlaps = (a: Rect, b: Rect) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

export function placeCards(model: LayoutModel, cards: readonly Card[]): Map<string, XY> {
  const out = new Map<string, XY>();
  const taken = new Map<string, Rect[]>();
  const misplaced: [Card, Zone][] = [];
  const adjust = (card: Card, p: XY) => (model.adjust ? model.adjust(card, p) : p);
  for (const card of cards) {
    const fixed = model.positions?.get(card.id);
    if (fixed) {
      out.set(card.id, fixed);
      continue;
    }
    const home = model.home(card);
    if (home && !contains(inner(home), centre(card))) {
      misplaced.push([card, home]);
      continue;
    }
    const p = home ? within(inner(home), card, adjust(card, { x: card.x, y: card.y })) : adjust(card, { x: card.x, y: card.y });
    out.set(card.id, p);
    if (home) taken.set(home.id, [...(taken.get(home.id) ?? []), { ...p, width: card.width, height: card.height }]);
  }
  for (const [card, home] of misplaced) {
    const rects = taken.get(home.id) ?? [];
    let p = adjust(card, slot(home, 0));
    if (home.stack !== 'cascade') {
      for (let k = 1; k < MAX_TRIES && rects.some((r) => overlaps(r, { ...p, width: card.width, height: card.height })); k++)
        p = adjust(card, slot(home, k));
    } else {
      p = adjust(card, slot(home, rects.length));
    }
    rects.push({ ...p, width: card.width, height: card.height });
    taken.set(home.id, rects);
    out.set(card.id, p);
  }
  return out;
}
