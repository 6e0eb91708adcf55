// Timeline dates, the measurement tree (dagre), the channel matrix, and where misplaced cards are drawn.
import { describe, expect, it } from 'vitest';
import { STEPS } from '../../../../shared/catalogue';
import { layoutFor } from '.';
import { inner, placeCards, within } from './place';
import { testCard, testContext } from './testCards';
import { EMPTY_LANE_H, HEADER_H, PX_PER_DAY, timeScale } from './timeline';

const step = (id: string) => STEPS.find((s) => s.id === id)!;

describe('timeline', () => {
  const item = testCard('calendar_item', { step: 'calendar', fields: { type: 'phase', start: '2026-03-01', end: '2026-03-31' } });
  const ctx = testContext('calendar', [item]);
  const model = layoutFor(step('calendar'), ctx);
  const scale = timeScale(ctx);

  it('starts at the first month of the earliest date and draws at least a year', () => {
    expect(scale.origin).toBe('2026-03-01');
    expect(scale.months).toBe(12);
    expect(scale.x('2026-03-11')).toBe(10 * PX_PER_DAY);
    expect(model.adjust?.(item, { x: 999, y: 300 })).toEqual({ x: 0, y: 300 });
  });

  const lane = (type: string) => model.zones.find((z) => z.id === `lane-${type}`)!;

  it('sets the start from x, keeps the duration, and the type from the lane', () => {
    const eventLane = lane('event').y + 30;
    const topLeft = { x: scale.x('2026-05-10'), y: eventLane - 60 };
    expect(model.drop(item, { x: topLeft.x + 110, y: eventLane }, topLeft)).toEqual({
      fields: { type: 'event', start: '2026-05-10', end: '2026-06-09' },
      keepPosition: true,
    });
  });

  it('removes the dates in the undated tray and the type in the last lane', () => {
    const lastLane = lane('none').y + 30;
    expect(model.drop(item, { x: -100, y: lastLane }, { x: -210, y: lastLane - 60 })).toEqual({ fields: {}, keepPosition: true });
  });
});

describe('timeline lanes', () => {
  const dated = (type: string, height = 120) =>
    testCard('calendar_item', { step: 'calendar', height, fields: { type, start: '2026-03-01', end: '2026-03-31' } });
  const undated = (type: string) => testCard('calendar_item', { step: 'calendar', fields: { type } });
  const lanes = (cards: ReturnType<typeof testCard>[]) =>
    layoutFor(step('calendar'), testContext('calendar', cards)).zones.filter((z) => z.id.startsWith('lane-'));

  it('are as tall as the cards they hold, and an empty one a strip that names its kind', () => {
    const drawn = lanes([dated('phase'), dated('milestone', 200), undated('contingency')]);
    expect(drawn.map((z) => z.id)).toEqual([
      'lane-phase',
      'lane-event',
      'lane-milestone',
      'lane-iteration',
      'lane-contingency',
      'lane-none',
    ]);
    expect(drawn.map((z) => z.height)).toEqual([161, EMPTY_LANE_H, 241, EMPTY_LANE_H, 161, EMPTY_LANE_H]);
    // One under the other from the months' header, with no gap: every height of the board is some kind's lane.
    expect(drawn[0]!.y).toBe(HEADER_H);
    for (let i = 1; i < drawn.length; i++) expect(drawn[i]!.y).toBe(drawn[i - 1]!.y + drawn[i - 1]!.height);
  });

  it('all have room for a card on an empty calendar', () => {
    expect(lanes([]).map((z) => z.height)).toEqual(Array(6).fill(161));
  });

  it('hold the undated cards stacked in the tray', () => {
    const [, , , , contingency] = lanes([undated('contingency'), undated('contingency')]);
    expect(contingency!.height).toBe(25 + 120 + 16 + 120 + 16);
  });

  it('draw a dated item across its dates, never narrower than the card, and an undated one as stored', () => {
    const model = layoutFor(step('calendar'), testContext('calendar', []));
    const item = (start: string, end: string) => testCard('calendar_item', { step: 'calendar', fields: { type: 'phase', start, end } });
    const phase = item('2026-03-01', '2026-04-30');
    expect(model.drawnWidth?.(phase)).toBe(61 * PX_PER_DAY);
    // A month is narrower than a card: the card's own width.
    expect(model.drawnWidth?.(item('2026-03-01', '2026-03-31'))).toBeNull();
    expect(model.drawnWidth?.(item('2026-03-01', '2026-03-01'))).toBeNull();
    expect(model.drawnWidth?.(undated('phase'))).toBeNull();
    // An end before the start says nothing about a length.
    expect(model.drawnWidth?.({ ...phase, fields: { type: 'phase', start: '2026-03-31', end: '2026-03-01' } })).toBeNull();
  });

  it('draw each card inside its own lane', () => {
    const cards = [dated('phase'), dated('milestone', 200), undated('contingency'), undated('contingency'), dated('event')];
    const model = layoutFor(step('calendar'), testContext('calendar', cards));
    const placed = placeCards(model, cards);
    for (const card of cards) {
      const zone = model.zones.find((z) => z.id === `lane-${card.fields.type as string}`)!;
      const p = placed.get(card.id)!;
      expect(p.y, card.fields.type as string).toBeGreaterThanOrEqual(zone.y);
      expect(p.y + card.height, card.fields.type as string).toBeLessThanOrEqual(zone.y + zone.height);
    }
  });
});

describe('measurement tree', () => {
  const objective = testCard('objective', { step: 'objectives' });
  const other = testCard('objective', { step: 'objectives' });
  const kpi = testCard('kpi', { step: 'measurement' });
  const loose = testCard('kpi', { step: 'measurement' });
  const links = [{ id: 'l1', kind: 'measures' as const, fromCard: kpi.id, toCard: objective.id }];
  const model = layoutFor(step('measurement'), testContext('measurement', [objective, other, kpi, loose], { links }));

  it('puts objectives above the KPIs that measure them, and unlinked KPIs in a band below', () => {
    const o = model.positions!.get(objective.id)!;
    const k = model.positions!.get(kpi.id)!;
    const l = model.positions!.get(loose.id)!;
    expect(k.y).toBeGreaterThan(o.y);
    expect(l.y).toBeGreaterThan(k.y);
    expect(model.extras?.map((e) => e.id).sort()).toEqual([objective.id, other.id].sort());
  });

  it('makes a KPI dropped on an objective measure it', () => {
    const p = model.positions!.get(other.id)!;
    const at = { x: p.x + 100, y: p.y + 50 };
    expect(model.drop(loose, at, at)).toEqual({ link: { kind: 'measures', toCard: other.id }, keepPosition: false });
    const q = model.positions!.get(objective.id)!;
    expect(model.drop(kpi, { x: q.x + 10, y: q.y + 10 }, q)).toEqual({ keepPosition: false });
  });
});

describe('channel matrix', () => {
  const a = testCard('channel', { step: 'channels', y: 0 });
  const b = testCard('channel', { step: 'channels', y: 400 });
  const first = testCard('persona', { step: 'targets', fields: { rank: 1 } });
  const second = testCard('persona', { step: 'targets', fields: { rank: 2 } });
  const links = [{ id: 'r1', kind: 'reaches' as const, fromCard: b.id, toCard: first.id }];
  const model = layoutFor(step('channels'), testContext('channels', [second, b, a, first], { links }));

  it('has channels in rows by their order, targets in columns by rank, and a cell per pair', () => {
    expect(model.positions!.get(a.id)!.y).toBeLessThan(model.positions!.get(b.id)!.y);
    const refs = model.extras!.filter((e) => e.type === 'ref');
    expect(refs.map((r) => r.id)).toEqual([first.id, second.id]);
    const cells = model.extras!.filter((e) => e.type === 'cell');
    expect(cells).toHaveLength(4);
    expect(cells.find((c) => c.type === 'cell' && c.linkId)?.id).toBe(`cell:${b.id}:${first.id}`);
    expect(model.hiddenLinks?.has('r1')).toBe(true);
  });

  it('reorders a channel dropped on another row', () => {
    const top = model.positions!.get(a.id)!;
    const effect = model.drop(b, { x: 100, y: top.y + 60 }, top);
    expect(effect).toEqual({ keepPosition: true, position: { x: 0, y: a.y - 150 } });
  });
});

describe('placement', () => {
  it('keeps a card where it lies in its zone and moves one whose field says another zone into a free slot there', () => {
    const model = layoutFor(step('governance'), testContext('governance', []));
    const level = model.zones.find((z) => z.id === 'level-3')!;
    const inPlace = testCard('governance_rule', { fields: { escalationLevel: 3 }, x: level.x + 24, y: level.y + 72 });
    const moved = testCard('governance_rule', { fields: { escalationLevel: 3 }, x: 0, y: 0 });
    const free = testCard('sticky', { x: -5_000, y: 7 });
    const placed = placeCards(model, [inPlace, moved, free]);
    expect(placed.get(inPlace.id)).toEqual({ x: inPlace.x, y: inPlace.y });
    const p = placed.get(moved.id)!;
    expect(p.x).toBeGreaterThanOrEqual(level.x);
    expect(p.y).toBeGreaterThanOrEqual(level.y);
    expect(p).not.toEqual({ x: inPlace.x, y: inPlace.y });
    expect(placed.get(free.id)).toEqual({ x: -5_000, y: 7 });
  });

  it('draws a card that lies across its zone’s label or edge wholly inside the zone, without changing what is stored', () => {
    const model = layoutFor(step('governance'), testContext('governance', []));
    const column = model.zones.find((z) => z.id === 'level-1')!;
    const area = inner(column);
    // Centre inside the zone, top over the label and right side past the zone's edge.
    const card = testCard('governance_rule', { fields: { escalationLevel: 1 }, x: column.x + column.width - 150, y: column.y + 40 });
    const p = placeCards(model, [card]).get(card.id)!;
    expect(p.y).toBe(area.y);
    expect(p.x + card.width).toBeLessThanOrEqual(column.x + column.width);
    expect(p.x).toBeGreaterThanOrEqual(area.x);
    expect(card.x).toBe(column.x + column.width - 150);
  });

  it('moves a box the least it takes to fit, and keeps a box too large for the area at its top left', () => {
    const area = { x: 0, y: 100, width: 500, height: 300 };
    expect(within(area, { width: 200, height: 100 }, { x: 50, y: 150 })).toEqual({ x: 50, y: 150 });
    expect(within(area, { width: 200, height: 100 }, { x: 400, y: 50 })).toEqual({ x: 288, y: 100 });
    expect(within(area, { width: 200, height: 100 }, { x: -40, y: 390 })).toEqual({ x: 0, y: 288 });
    expect(within(area, { width: 900, height: 600 }, { x: 30, y: 130 })).toEqual({ x: 0, y: 100 });
  });
});
