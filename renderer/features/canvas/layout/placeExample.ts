// Where an empty step's example cards are drawn: in the zones their fields give them, else where the layout puts
// their kind (the KPIs' tray, under the channels' header), side by side.
import type { Card } from '../../../../shared/model';
import type { Rect } from '../geometry';
import { inner, placeCards } from './place';
import { sizeOf } from './placeNew';
import type { LayoutModel } from './types';

const GAP = 30;

export function placeExamples(model: LayoutModel, probes: readonly Card[]): Rect[] {
  const cards = probes.map((p) => ({ ...p, ...sizeOf(p.kind), height: EXAMPLE_H }));
  const homed = placeCards(
    model,
    cards.filter((c) => model.home(c)),
  );
  const tray = model.zones.find((z) => z.id === 'unlinked');
  const header = model.zones.find((z) => z.id === 'channels');
  const start = tray ? inner(tray) : header ? { x: header.x, y: header.y + header.height + GAP } : { x: 0, y: 0 };
  let free = 0;
  return cards.map((c) => {
    const at = homed.get(c.id) ?? { x: start.x + free++ * (c.width + GAP), y: start.y };
    return { ...at, width: c.width, height: c.height };
  });
}

/** An example is a little taller than a new card: room for the badge and its key fields. */
export const EXAMPLE_H = 170;
