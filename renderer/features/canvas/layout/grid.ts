// Stakeholders: the power x interest grid as four named quadrants (power up, interest right) and a tray of cards not
// yet placed. A card's 1-5 values pick its quadrant (old 5 x 5 positions included); its cards line up in rows of two,
// in the order the group put them; a drop in another quadrant moves only the axis that changed.
import { QUADRANT_SIDES, STAKEHOLDER_QUADRANTS, movedTo, quadrantOf, type StakeholderQuadrant } from '../../../../shared/model';
import type { Card } from '../../../../shared/model';
import type { MessageKey } from '../../../i18n';
import { CARD_H, CARD_W, contains, type XY } from '../geometry';
import { sameFields, type LayoutContext, type LayoutModel, type Zone, type ZoneTone } from './types';
import { zoneModel } from './zoneModel';

const GAP = 16;
const COLS = 2;
const HEAD = 76;
const PAD = 24;
const AXIS = 56;
/** One row of cards at least: a sparse grid stays flat and wide, so that the room sees its cards large. */
const MIN_ROWS = 1;

const LOOK: Record<StakeholderQuadrant, { key: MessageKey; tone: ZoneTone }> = {
  'keep-satisfied': { key: 'canvas.zone.keepSatisfied', tone: 'satisfy' },
  'manage-closely': { key: 'canvas.zone.manageClosely', tone: 'manage' },
  monitor: { key: 'canvas.zone.monitor', tone: 'watch' },
  'keep-informed': { key: 'canvas.zone.keepInformed', tone: 'inform' },
};

/** Top to bottom, then left to right, as the group arranged them; creation order breaks ties. */
const reading = (a: Card, b: Card) => a.y - b.y || a.x - b.x || a.createdAt - b.createdAt;

export function gridLayout(ctx?: Pick<LayoutContext, 'cards'>): LayoutModel {
  const stakeholders = (ctx?.cards ?? []).filter((c) => c.kind === 'stakeholder');
  // One slot size for the whole grid: the largest card, never smaller than a new one.
  const cellW = Math.max(CARD_W, ...stakeholders.map((c) => c.width)) + GAP;
  const cellH = Math.max(CARD_H, ...stakeholders.map((c) => c.height)) + GAP;
  const quadrantW = 2 * PAD + COLS * cellW - GAP;
  const heightFor = (n: number) => HEAD + Math.max(MIN_ROWS, Math.ceil(n / COLS)) * cellH - GAP + PAD;
  const members = new Map<StakeholderQuadrant | null, Card[]>();
  for (const c of [...stakeholders].sort(reading)) {
    const q = quadrantOf(c.fields);
    members.set(q, [...(members.get(q) ?? []), c]);
  }
  const count = (q: StakeholderQuadrant | null) => members.get(q)?.length ?? 0;
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
    (members.get(q) ?? []).forEach((card, k) =>
      slots.set(card.id, { x: zone.x + PAD + (k % COLS) * cellW, y: zone.y + HEAD + Math.floor(k / COLS) * cellH }),
    );
  }
  const base = zoneModel('grid', zones, ['stakeholder'], (card) => quadrantOf(card.fields) ?? 'tray');
  const quadrants = zones.filter((z): z is Zone & { id: StakeholderQuadrant } =>
    (STAKEHOLDER_QUADRANTS as readonly string[]).includes(z.id),
  );
  return {
    ...base,
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
