import { describe, expect, it } from 'vitest';
import { pushDown } from './reflow';

const rect = (id: string, x: number, y: number, height = 100, width = 200) => ({ id, x, y, width, height });

describe('pushDown', () => {
  it('moves a card just below a taller one above it that would cover it', () => {
    const moved = pushDown([rect('a', 0, 0, 180), rect('b', 0, 140)]);
    expect(moved).toEqual(new Map([['b', { x: 0, y: 196 }]]));
  });

  it('leaves cards side by side, and cards clear of each other, where they are', () => {
    expect(pushDown([rect('a', 0, 0, 300), rect('b', 220, 40), rect('c', 0, 400)]).size).toBe(0);
  });

  it('passes the push on down a column, and keeps the order the group made', () => {
    const moved = pushDown([rect('c', 0, 280), rect('a', 0, 0, 200), rect('b', 0, 140)]);
    expect(moved.get('b')).toEqual({ x: 0, y: 216 });
    expect(moved.get('c')).toEqual({ x: 0, y: 332 });
  });

  it('goes below every card it would cover, not only the first', () => {
    // b lies under both a1 and a2; a2 reaches further down.
    const moved = pushDown([rect('a1', 0, 0, 100, 150), rect('a2', 160, 0, 200, 150), rect('b', 100, 90)]);
    expect(moved.get('b')).toEqual({ x: 100, y: 216 });
  });
});
