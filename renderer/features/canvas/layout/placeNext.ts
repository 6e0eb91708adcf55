// Where the next card goes while the room talks: beside the one just typed, in the same zone (Enter), or in the next
// zone (Tab); always on a free spot, never over another card.
import type { Card } from '../../../../shared/model';
import { centre, contains, type Rect, type XY } from '../geometry';
import { inner, placeCards, slot } from './place';
import { reading } from './rowsOfTwo';
import type { NewPlace } from './placeNew';
import { withAssigned, type LayoutModel, type Zone } from './types';

const GAP = 24;
const MAX_SLOTS = 200;

const overlaps = (a: Rect, b: Rect) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** The zone with a meaning that holds a card's centre: its home, else the smallest drawn one around it. */
function zoneOf(model: LayoutModel, card: Card, drawn: XY): Zone | null {
  const home = model.home(card);
  if (home) return home;
  const c = centre({ ...drawn, width: card.width, height: card.height });
  const around = model.zones.filter((z) => !z.hidden && z.assign && contains(z, c));
  return around.sort((a, b) => a.width * a.height - b.width * b.height)[0] ?? null;
}

/** The zones a card can be typed into, in reading order (the layout's). */
const meaningful = (model: LayoutModel) => model.zones.filter((z) => !z.hidden && (z.assign || z.kinds));

export function placeNext(model: LayoutModel, cards: readonly Card[], current: Card, mode: 'beside' | 'nextZone'): NewPlace {
  const drawnAt = placeCards(model, cards);
  const rects = cards.map((c) => ({ ...(drawnAt.get(c.id) ?? { x: c.x, y: c.y }), width: c.width, height: c.height }));
  const size = { width: current.width, height: current.height };
  const free = (p: XY) => !rects.some((r) => overlaps(r, { ...p, ...size }));
  const here = drawnAt.get(current.id) ?? { x: current.x, y: current.y };
  let zone = zoneOf(model, current, here);
  if (mode === 'nextZone') {
    const zones = meaningful(model);
    const at = zone ? zones.findIndex((z) => z.id === zone!.id) : -1;
    zone = zones.length > 0 ? zones[(at + 1) % zones.length]! : zone;
  }
  const fields = zone?.assign ? withAssigned({}, zone.assign) : {};
  const place = (p: XY): NewPlace => ({ x: Math.round(p.x), y: Math.round(p.y), ...size, fields });

  if (zone && model.ordered && model.governs(current.kind)) {
    // The layout draws cards in the order of their stored places: the next one is stored just after the current one
    // (Enter), or after the last card of the next zone (Tab), and drawn in the slot that follows.
    const target = zone;
    const members = cards.filter((c) => c.id !== current.id && model.home(c)?.id === target.id).sort(reading);
    const after = mode === 'beside' ? current : members[members.length - 1];
    if (after) return place({ x: after.x + 1, y: after.y });
    return place(slot(zone, 0));
  }
  if (zone) {
    const area = inner(zone);
    const fits = (p: XY) => contains(area, p) && contains(area, { x: p.x + size.width, y: p.y + size.height });
    const beside = { x: here.x + current.width + GAP, y: here.y };
    if (mode === 'beside' && fits(beside) && free(beside)) return place(beside);
    for (let k = 0; k < MAX_SLOTS; k++) {
      const p = slot(zone, k);
      if (free(p) && (fits(p) || k > 0)) return place(p);
    }
  }
  // A free board: the next free spot to the right on the same row, then the rows below.
  for (let row = 0; row < 40; row++) {
    for (let col = 1; col <= 8; col++) {
      const p = { x: here.x + col * (current.width + GAP) - (row > 0 ? current.width + GAP : 0), y: here.y + row * (current.height + GAP) };
      if (free(p)) return place(p);
    }
  }
  return place({ x: here.x, y: here.y + current.height + GAP });
}

/** Moves each draft by `step` until it lies over no card (the others and the drafts already moved), at most 60 times. */
export function spreadOut<T extends Rect>(taken: readonly Rect[], drafts: readonly T[], step: XY): T[] {
  const rects = [...taken];
  return drafts.map((d) => {
    let p = { x: d.x, y: d.y };
    for (let k = 0; k < 60 && rects.some((r) => overlaps(r, { ...p, width: d.width, height: d.height })); k++) {
      p = { x: p.x + step.x, y: p.y + step.y };
    }
    rects.push({ ...p, width: d.width, height: d.height });
    return { ...d, ...p };
  });
}
