// Links leave and arrive by the sides that face each other.
import { describe, expect, it } from 'vitest';
import { edgeSides } from './edgeSides';

const box = (x: number, y: number) => ({ x, y, width: 220, height: 120 });

describe('edgeSides', () => {
  it('uses the facing sides: right to left, left to right, bottom to top, top to bottom', () => {
    expect(edgeSides(box(0, 0), box(400, 30))).toEqual(['r', 'l']);
    expect(edgeSides(box(400, 0), box(0, 0))).toEqual(['l', 'r']);
    expect(edgeSides(box(0, 0), box(20, 300))).toEqual(['b', 't']);
    expect(edgeSides(box(0, 300), box(0, 0))).toEqual(['t', 'b']);
  });
});
