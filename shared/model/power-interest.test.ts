// The power x interest quadrants: where the 1-5 values put a stakeholder, and what a move to another quadrant keeps.
import { describe, expect, it } from 'vitest';
import { movedTo, quadrantOf } from './power-interest';

describe('quadrantOf', () => {
  it('reads 4 and 5 as high on each axis, 1 to 3 as low', () => {
    expect(quadrantOf({ power: 5, interest: 4 })).toBe('manage-closely');
    expect(quadrantOf({ power: 4, interest: 2 })).toBe('keep-satisfied');
    expect(quadrantOf({ power: 3, interest: 5 })).toBe('keep-informed');
    expect(quadrantOf({ power: 3, interest: 3 })).toBe('monitor');
    expect(quadrantOf({ power: 1, interest: 1 })).toBe('monitor');
  });

  it('puts every cell of the old 5 x 5 grid in exactly one quadrant, the middle row and column included', () => {
    const seen = new Map<string, number>();
    for (let power = 1; power <= 5; power++)
      for (let interest = 1; interest <= 5; interest++) {
        const q = quadrantOf({ power, interest });
        expect(q, `${power}/${interest}`).not.toBeNull();
        seen.set(q!, (seen.get(q!) ?? 0) + 1);
      }
    expect(Object.fromEntries(seen)).toEqual({ 'manage-closely': 4, 'keep-satisfied': 6, 'keep-informed': 6, monitor: 9 });
  });

  it('has no quadrant while a value is missing or out of the scale', () => {
    expect(quadrantOf({ power: 3 })).toBeNull();
    expect(quadrantOf({ interest: 3 })).toBeNull();
    expect(quadrantOf({ power: 0, interest: 3 })).toBeNull();
    expect(quadrantOf({ power: '5', interest: 3 })).toBeNull();
  });
});

describe('movedTo', () => {
  it('keeps the exact value of an axis that stays on its side and moves only the other one', () => {
    expect(movedTo({ power: 5, interest: 2, stance: 'skeptic' }, 'manage-closely')).toEqual({ power: 5, interest: 4, stance: 'skeptic' });
    expect(movedTo({ power: 5, interest: 5 }, 'monitor')).toEqual({ power: 2, interest: 2 });
    expect(movedTo({ power: 1, interest: 3 }, 'monitor')).toEqual({ power: 1, interest: 3 });
  });

  it('gives a card without values the middle of the quadrant', () => {
    expect(movedTo({}, 'keep-informed')).toEqual({ power: 2, interest: 4 });
    expect(quadrantOf(movedTo({}, 'keep-satisfied'))).toBe('keep-satisfied');
  });
});
