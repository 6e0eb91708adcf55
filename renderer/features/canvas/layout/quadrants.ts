// SWOT: four quadrants (strengths, weaknesses, opportunities, threats) and a tray of cards still to sort.
import { QUADRANTS } from '../../../../shared/model';
import type { LayoutModel, Zone } from './types';
import { textField, zoneModel } from './zoneModel';

export const QUADRANT_W = 620;
export const QUADRANT_H = 440;
const TRAY_W = 260;
const GAP = 40;

export function quadrantsLayout(): LayoutModel {
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
  return zoneModel('quadrants', zones, ['swot'], (card) => {
    const q = textField(card, 'quadrant');
    return q && (QUADRANTS as readonly string[]).includes(q) ? q : 'tray';
  });
}
