// SWOT: four quadrants (strengths, weaknesses, opportunities, threats) and a tray of cards still to sort. Cards line up
// in rows of two in the order the group put them; the quadrants grow with their cards and are always framed whole.
import { QUADRANTS, type Card } from '../../../../shared/model';
import type { XY } from '../geometry';
import { rowsOfTwo } from './rowsOfTwo';
import type { LayoutContext, LayoutModel, Zone } from './types';
import { textField, zoneModel } from './zoneModel';

type Quadrant = (typeof QUADRANTS)[number];

const HEAD = 72;
const PAD = 24;
const GAP = 40;

const quadrantOf = (card: Card): Quadrant | null => {
  const q = textField(card, 'quadrant');
  return q && (QUADRANTS as readonly string[]).includes(q) ? (q as Quadrant) : null;
};

export function quadrantsLayout(ctx?: Pick<LayoutContext, 'cards'>): LayoutModel {
  const swot = (ctx?.cards ?? []).filter((c) => c.kind === 'swot');
  const rows = rowsOfTwo(swot, quadrantOf, { head: HEAD, pad: PAD });
  const { cellW, cellH, quadrantW, heightFor, count } = rows;
  // Each row of quadrants is as tall as its fuller quadrant, so that no card is pushed out of its own.
  const topH = heightFor(Math.max(count('strength'), count('weakness')));
  const bottomH = heightFor(Math.max(count('opportunity'), count('threat')));
  const trayW = cellW + 44;
  const zones: Zone[] = [
    {
      id: 'tray',
      label: { key: 'canvas.zone.toSort' },
      tone: 'tray',
      x: -trayW - GAP,
      y: 0,
      width: trayW,
      height: Math.max(topH + bottomH, 64 + count(null) * cellH + PAD),
      assign: { quadrant: null },
      stack: 'grid',
      inset: { left: 30, top: 64 },
      // An empty tray is not drawn (the room saw a strip of it cut by the fit); it still takes new and unsorted cards.
      hidden: count(null) === 0,
    },
  ];
  const slots = new Map<string, XY>();
  // Cards waiting in the tray line up too, one to a row.
  rows.lineUp(null, zones[0]!, slots, 1);
  QUADRANTS.forEach((quadrant, i) => {
    const zone: Zone = {
      id: quadrant,
      label: { key: `canvas.zone.${quadrant}` },
      tone: quadrant,
      x: (i % 2) * quadrantW,
      y: i < 2 ? 0 : topH,
      width: quadrantW,
      height: i < 2 ? topH : bottomH,
      assign: { quadrant },
      stack: 'grid',
      inset: { left: PAD, top: HEAD },
      framed: true,
    };
    zones.push(zone);
    rows.lineUp(quadrant, zone, slots);
  });
  const base = zoneModel('quadrants', zones, ['swot'], (card) => quadrantOf(card) ?? 'tray');
  // Every SWOT card takes its slot in its zone: none over another, the fuller quadrant growing instead.
  return { ...base, ordered: true, adjust: (card, position) => slots.get(card.id) ?? position };
}
