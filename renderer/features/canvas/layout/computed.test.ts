// Timeline dates, the measurement tree (dagre), the channel matrix, and where misplaced cards are drawn.
import { describe, expect, it } from 'vitest';
import { STEPS } from '../../../../shared/catalogue';
import { layoutFor } from '.';
import { inner, placeCards, within } from './place';
import { testCard, testContext } from './testCards';
import { HEADER_H, LANE_H, PX_PER_DAY, timeScale } from './timeline';

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

  it('sets the start from x, keeps the duration, and the type from the lane', () => {
    const eventLane = HEADER_H + 1 * LANE_H + 50;
    const topLeft = { x: scale.x('2026-05-10'), y: eventLane - 60 };
    expect(model.drop(item, { x: topLeft.x + 110, y: eventLane }, topLeft)).toEqual({
      fields: { type: 'event', start: '2026-05-10', end: '2026-06-09' },
      keepPosition: true,
    });
  });

  it('removes the dates in the undated tray and the type in the last lane', () => {
    const lastLane = HEADER_H + 5 * LANE_H + 50;
    expect(model.drop(item, { x: -100, y: lastLane }, { x: -210, y: lastLane - 60 })).toEqual({ fields: {}, keepPosition: true });
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
