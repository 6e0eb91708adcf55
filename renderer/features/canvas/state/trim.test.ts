import type { Node } from '@xyflow/react';
import { describe, expect, it } from 'vitest';
import { trimZones } from './trim';

const zone = (id: string, x: number, y: number, width: number, height: number): Node => ({
  id,
  type: 'zone',
  position: { x, y },
  width,
  height,
  data: {},
});
const card = (id: string, x: number, y: number): Node => ({ id, type: 'card', position: { x, y }, width: 200, height: 100, data: {} });

describe('trimZones', () => {
  const frame = { x: 0, y: 0, width: 1000, height: 500 };

  it('ends a long lane and a tall column where the frame ends, and keeps cards and whole zones as they are', () => {
    const lane = zone('lane', 0, 0, 3000, 200);
    const column = zone('column', 500, 0, 300, 2000);
    const whole = zone('whole', 0, 250, 400, 200);
    const a = card('a', 20, 20);
    const out = trimZones([lane, column, whole, a], frame);
    expect(out.find((n) => n.id === 'lane')).toMatchObject({ position: { x: 0, y: 0 }, width: 1000, height: 200 });
    expect(out.find((n) => n.id === 'column')).toMatchObject({ position: { x: 500, y: 0 }, width: 300, height: 500 });
    expect(out.find((n) => n.id === 'whole')).toBe(whole);
    expect(out.find((n) => n.id === 'a')).toBe(a);
  });

  it('leaves out a zone outside the frame, such as an empty tray under the board', () => {
    const tray = zone('tray', 0, 540, 1000, 300);
    const out = trimZones([tray, card('a', 20, 20)], frame);
    expect(out.map((n) => n.id)).toEqual(['a']);
  });

  it('leaves out an empty zone cut across its name, such as a month column at the edge, but keeps one with a card', () => {
    const month = zone('month', 900, 0, 300, 500);
    const lane = { ...zone('lane', 0, 400, 3000, 300), data: { zone: { labelAt: 'left' } } };
    const busy = zone('busy', 700, 0, 400, 300);
    const out = trimZones([month, lane, busy, card('a', 710, 20)], frame);
    expect(out.map((n) => n.id)).toEqual(['busy', 'a']);
  });

  it('answers the same list when nothing changes', () => {
    const nodes = [zone('z', 0, 0, 500, 400), card('a', 20, 20)];
    expect(trimZones(nodes, frame)).toBe(nodes);
  });
});
