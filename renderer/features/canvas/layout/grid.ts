// Stakeholders: the power x interest grid as four named quadrants (power up, interest right) and a tray of cards not
// yet placed. A card's 1-5 values pick its quadrant (old 5 x 5 positions included); its cards line up in rows of two,
// in the order the group put them; a drop in another quadrant moves only the axis that changed.
import { QUADRANT_SIDES, STAKEHOLDER_QUADRANTS, movedTo, quadrantOf, type StakeholderQuadrant } from '../../../../shared/model';
import type { MessageKey } from '../../../i18n';
import { contains, type XY } from '../geometry';
import { rowsOfTwo } from './rowsOfTwo';
import { sameFields, type LayoutContext, type LayoutModel, type Zone, type ZoneTone } from './types';
import { zoneModel } from './zoneModel';

const GAP = 16;
const HEAD = 76;
const PAD = 24;
const AXIS = 56;

const LOOK: Record<StakeholderQuadrant, { key: MessageKey; tone: ZoneTone }> = {
  'keep-satisfied': { key: 'canvas.zone.keepSatisfied', tone: 'satisfy' },
  'manage-closely': { key: 'canvas.zone.manageClosely', tone: 'manage' },
  monitor: { key: 'canvas.zone.monitor', tone: 'watch' },
  'keep-informed': { key: 'canvas.zone.keepInformed', tone: 'inform' },
};

export function gridLayout(ctx?: Pick<LayoutContext, 'cards'>): LayoutModel {
  const stakeholders = (ctx?.cards ?? []).filter((c) => c.kind === 'stakeholder');
  const rows = rowsOfTwo(stakeholders, (c) => quadrantOf(c.fields), { head: HEAD, pad: PAD });
  const { cellW, cellH, quadrantW, heightFor, count } = rows;
  // Each row of quadrants is as tall as its fuller quadrant, so that no card is pushed out of its own.
  const topH = heightFor(Math.max(count('keep-satisfied'), count('manage-closely')));
  const bottomH = heightFor(Math.max(count('monitor'), count('keep-informed')));
  const height = topH + bottomH;
  const trayW = cellW - GAP + 60;
  const zones: Zone[] = [
    {
      id: 'tray',
      label: { key: 'canvas.zone.toSort' },
      tone: 'tray',
      x: -AXIS - trayW - 40,
      y: 0,
      width: trayW,
      height: Math.max(height, 64 + count(null) * cellH + PAD),
      assign: { power: null, interest: null },
      stack: 'grid',
      inset: { left: 30, top: 64 },
      // An empty tray is not drawn (the room would see a strip cut by the fit); it still takes new and unsorted cards.
      hidden: count(null) === 0,
    },
    {
      id: 'axis-power',
      label: { key: 'canvas.zone.power' },
      tone: 'axis',
      x: -AXIS,
      y: 0,
      width: AXIS,
      height,
      labelAt: 'centre',
      framed: true,
    },
    {
      id: 'axis-interest',
      label: { key: 'canvas.zone.interest' },
      tone: 'axis',
      x: 0,
      y: height,
      width: 2 * quadrantW,
      height: AXIS,
      labelAt: 'centre',
      framed: true,
    },
  ];
  const slots = new Map<string, XY>();
  // Cards waiting in the tray line up too, one to a row.
  rows.lineUp(null, zones[0]!, slots, 1);
  for (const q of STAKEHOLDER_QUADRANTS) {
    const sides = QUADRANT_SIDES[q];
    const zone: Zone = {
      id: q,
      label: { key: LOOK[q].key },
      tone: LOOK[q].tone,
      x: sides.interest ? quadrantW : 0,
      y: sides.power ? 0 : topH,
      width: quadrantW,
      height: sides.power ? topH : bottomH,
      // What the zone stands for; a drop computes the card's values itself (see below).
      assign: { power: sides.power ? 4 : 2, interest: sides.interest ? 4 : 2 },
      stack: 'grid',
      inset: { left: PAD, top: HEAD },
      framed: true,
    };
    zones.push(zone);
    rows.lineUp(q, zone, slots);
  }
  const base = zoneModel('grid', zones, ['stakeholder'], (card) => quadrantOf(card.fields) ?? 'tray');
  const quadrants = zones.filter((z): z is Zone & { id: StakeholderQuadrant } =>
    (STAKEHOLDER_QUADRANTS as readonly string[]).includes(z.id),
  );
  return {
    ...base,
    ordered: true,
    // A placed stakeholder takes its slot in its quadrant: none over another, the fuller quadrant growing instead.
    adjust: (card, position) => slots.get(card.id) ?? position,
    drop: (card, at, topLeft) => {
      const target = base.governs(card.kind) ? quadrants.find((z) => contains(z, at)) : undefined;
      if (!target) return base.drop(card, at, topLeft);
      const fields = movedTo(card.fields, target.id);
      return sameFields(fields, card.fields) ? { keepPosition: true } : { fields, keepPosition: true };
    },
  };
}
