// Stakeholders: the power x interest grid as four named quadrants (power up, interest right) and a tray of cards not
// yet placed. A card's 1-5 values pick its quadrant; a drop in another quadrant moves only the axis that changed.
import { QUADRANT_SIDES, STAKEHOLDER_QUADRANTS, movedTo, quadrantOf, type StakeholderQuadrant } from '../../../../shared/model';
import type { MessageKey } from '../../../i18n';
import { CARD_H, CARD_W, contains } from '../geometry';
import { sameFields, type LayoutContext, type LayoutModel, type Zone, type ZoneTone } from './types';
import { zoneModel } from './zoneModel';

const GAP = 16;
const COLS = 2;
const HEAD = 76;
const PAD = 24;
const AXIS = 56;
const TRAY_W = CARD_W + 60;
/** Two rows of cards at least, so that an empty grid still reads as a grid. */
const MIN_ROWS = 2;

export const QUADRANT_W = PAD + COLS * (CARD_W + GAP) + PAD - GAP;

const LOOK: Record<StakeholderQuadrant, { key: MessageKey; tone: ZoneTone }> = {
  'keep-satisfied': { key: 'canvas.zone.keepSatisfied', tone: 'satisfy' },
  'manage-closely': { key: 'canvas.zone.manageClosely', tone: 'manage' },
  monitor: { key: 'canvas.zone.monitor', tone: 'watch' },
  'keep-informed': { key: 'canvas.zone.keepInformed', tone: 'inform' },
};

/** Height of a quadrant that holds `n` cards in rows of two. */
export const quadrantHeight = (n: number) => HEAD + Math.max(MIN_ROWS, Math.ceil(n / COLS)) * (CARD_H + GAP) - GAP + PAD;

export function gridLayout(ctx?: Pick<LayoutContext, 'cards'>): LayoutModel {
  const counts = new Map<StakeholderQuadrant | null, number>();
  for (const c of ctx?.cards ?? []) {
    if (c.kind !== 'stakeholder') continue;
    const q = quadrantOf(c.fields);
    counts.set(q, (counts.get(q) ?? 0) + 1);
  }
  const count = (q: StakeholderQuadrant | null) => counts.get(q) ?? 0;
  // Each row of quadrants is as tall as its fuller quadrant, so that no card is pushed out of its own.
  const topH = quadrantHeight(Math.max(count('keep-satisfied'), count('manage-closely')));
  const bottomH = quadrantHeight(Math.max(count('monitor'), count('keep-informed')));
  const height = topH + bottomH;
  const trayH = Math.max(height, 64 + Math.ceil(count(null)) * (CARD_H + GAP) + PAD);
  const zones: Zone[] = [
    {
      id: 'tray',
      label: { key: 'canvas.zone.toSort' },
      tone: 'tray',
      x: -AXIS - TRAY_W - 40,
      y: 0,
      width: TRAY_W,
      height: trayH,
      assign: { power: null, interest: null },
      stack: 'grid',
      inset: { left: 30, top: 64 },
    },
    { id: 'axis-power', label: { key: 'canvas.zone.power' }, tone: 'axis', x: -AXIS, y: 0, width: AXIS, height, labelAt: 'centre' },
    {
      id: 'axis-interest',
      label: { key: 'canvas.zone.interest' },
      tone: 'axis',
      x: 0,
      y: height,
      width: 2 * QUADRANT_W,
      height: AXIS,
      labelAt: 'centre',
    },
  ];
  for (const q of STAKEHOLDER_QUADRANTS) {
    const sides = QUADRANT_SIDES[q];
    zones.push({
      id: q,
      label: { key: LOOK[q].key },
      tone: LOOK[q].tone,
      x: sides.interest ? QUADRANT_W : 0,
      y: sides.power ? 0 : topH,
      width: QUADRANT_W,
      height: sides.power ? topH : bottomH,
      // What the zone stands for; a drop computes the card's values itself (see below).
      assign: { power: sides.power ? 4 : 2, interest: sides.interest ? 4 : 2 },
      stack: 'grid',
      inset: { left: PAD, top: HEAD },
    });
  }
  const base = zoneModel('grid', zones, ['stakeholder'], (card) => quadrantOf(card.fields) ?? 'tray');
  const quadrants = zones.filter((z): z is Zone & { id: StakeholderQuadrant } =>
    (STAKEHOLDER_QUADRANTS as readonly string[]).includes(z.id),
  );
  return {
    ...base,
    drop: (card, at, topLeft) => {
      const target = base.governs(card.kind) ? quadrants.find((z) => contains(z, at)) : undefined;
      if (!target) return base.drop(card, at, topLeft);
      const fields = movedTo(card.fields, target.id);
      return sameFields(fields, card.fields) ? { keepPosition: true } : { fields, keepPosition: true };
    },
  };
}
