// Layouts with cards taller than a card (the room's view makes a card as tall as its title): ranked rows, calendar
// lanes and the measurement tree's band grow to hold them, so that no card runs into the next row or over another.
import { describe, expect, it } from 'vitest';
import { STEPS } from '../../../../shared/catalogue';
import type { Card } from '../../../../shared/model';
import { layoutFor } from '.';
import { placeCards } from './place';
import { testCard, testContext } from './testCards';

const step = (id: string) => STEPS.find((s) => s.id === id)!;
const overlap = (a: { x: number; y: number; width: number; height: number }, b: typeof a) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

function placed(id: string, cards: Card[], more = {}) {
  const model = layoutFor(step(id), testContext(id as Card['step'], cards, more));
  const at = placeCards(model, cards);
  return { model, rects: cards.map((c) => ({ id: c.id, ...at.get(c.id)!, width: c.width, height: c.height })) };
}

describe('tall cards', () => {
  it('make their priority row as tall as they are; the rows below start lower and keep their cards', () => {
    const tall = testCard('objective', { step: 'objectives', fields: { priority: 1 }, x: 200, y: 20, height: 260 });
    const next = testCard('objective', { step: 'objectives', fields: { priority: 2 }, x: 200, y: 180 });
    const { model, rects } = placed('objectives', [tall, next]);
    const row1 = model.zones.find((z) => z.id === 'row-1')!;
    const row2 = model.zones.find((z) => z.id === 'row-2')!;
    expect(row1.height).toBe(300);
    expect(row2.y).toBe(300);
    expect(model.zones.find((z) => z.id === 'row-3')!.height).toBe(160);
    const [a, b] = rects;
    expect(a!.y + a!.height).toBeLessThanOrEqual(row1.y + row1.height);
    expect(b!.y).toBeGreaterThanOrEqual(row2.y);
    expect(overlap(a!, b!)).toBe(false);
  });

  it('make their calendar lane taller, and a drop still finds the lane under the pointer', () => {
    const fields = { type: 'event', start: '2026-04-01' };
    const tall = testCard('calendar_item', { step: 'calendar', fields, height: 240 });
    const { model, rects } = placed('calendar', [tall]);
    const lane = model.zones.find((z) => z.id === 'lane-event')!;
    expect(lane.height).toBeGreaterThan(240);
    expect(rects[0]!.y + rects[0]!.height).toBeLessThanOrEqual(lane.y + lane.height);
    const below = model.zones.find((z) => z.id === 'lane-milestone')!;
    expect(below.y).toBe(lane.y + lane.height);
    const card = testCard('calendar_item', { step: 'calendar', fields: { type: 'phase' } });
    const at = { x: 100, y: below.y + below.height / 2 };
    expect(model.drop(card, at, at)).toMatchObject({ fields: { type: 'milestone' } });
  });

  it('push the band of unlinked KPIs below the tallest KPI of the tree', () => {
    const objective = testCard('objective', { step: 'objectives' });
    const kpi = testCard('kpi', { step: 'measurement', height: 300 });
    const loose = testCard('kpi', { step: 'measurement' });
    const links = [{ id: 'l1', kind: 'measures' as const, fromCard: kpi.id, toCard: objective.id }];
    const model = layoutFor(step('measurement'), testContext('measurement', [objective, kpi, loose], { links }));
    const at = model.positions!;
    const band = model.zones.find((z) => z.id === 'unlinked')!;
    expect(band.y).toBeGreaterThan(at.get(kpi.id)!.y + 300);
    expect(at.get(loose.id)!.y).toBeGreaterThan(band.y);
  });

  it('make their channel row taller in the matrix, its cells as tall, and a drop still reads the row under it', () => {
    const tall = testCard('channel', { step: 'channels', y: 0, height: 220 });
    const next = testCard('channel', { step: 'channels', y: 400 });
    const target = testCard('persona', { step: 'targets', fields: { rank: 1 } });
    const model = layoutFor(step('channels'), testContext('channels', [tall, next, target]));
    const top = model.positions!.get(tall.id)!;
    const below = model.positions!.get(next.id)!;
    expect(below.y).toBe(top.y + 250);
    const cell = model.extras!.find((e) => e.id === `cell:${tall.id}:${target.id}`)!;
    expect(cell.height).toBe(220);
    // Dropped on the second row: it comes after the other channel.
    const moving = testCard('channel', { step: 'channels', y: -400 });
    const effect = model.drop(moving, { x: 100, y: below.y + 60 }, below);
    expect(effect).toEqual({ keepPosition: true, position: { x: 0, y: (tall.y + next.y) / 2 } });
  });
});
