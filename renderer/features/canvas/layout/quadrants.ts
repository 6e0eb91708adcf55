// SWOT: four quadrants (strengths, weaknesses, opportunities, threats) and a tray of cards still to sort.
import { QUADRANTS, type Card } from '../../../../shared/model';
import type { LayoutContext, LayoutModel, Zone } from './types';
import { textField, zoneModel } from './zoneModel';

export const QUADRANT_W = 620;
export const QUADRANT_H = 440;
const TRAY_W = 260;
const GAP = 40;

const quadrantOf = (card: Card) => {
  const q = textField(card, 'quadrant');
  return q && (QUADRANTS as readonly string[]).includes(q) ? q : 'tray';
};

export function quadrantsLayout(ctx?: Pick<LayoutContext, 'cards'>): LayoutModel {
  const unsorted = (ctx?.cards ?? []).some((c) => c.kind === 'swot' && quadrantOf(c) === 'tray');
  const zones: Zone[] = [
    {
      id: 'tray',
      label: { key: 'canvas.zone.toSort' },
      tone: 'tray',
      x: -TRAY_W - GAP,
      y: 0,
      width: TRAY_W,
      height: 2 * QUADRANT_H,
      assign: { quadrant: null },
      stack: 'grid',
      inset: { left: 30, top: 64 },
      // An empty tray is not drawn (the room would see a strip cut by the fit); it still takes new and unsorted cards.
      hidden: !unsorted,
    },
  ];
  QUADRANTS.forEach((quadrant, i) => {
    zones.push({
      id: quadrant,
      label: { key: `canvas.zone.${quadrant}` },
      tone: quadrant,
      x: (i % 2) * QUADRANT_W,
      y: Math.floor(i / 2) * QUADRANT_H,
      width: QUADRANT_W,
      height: QUADRANT_H,
      assign: { quadrant },
      stack: 'grid',
      inset: { left: 24, top: 72 },
    });
  });
  return zoneModel('quadrants', zones, ['swot'], quadrantOf);
}
