import { describe, expect, it } from 'vitest';
import { titleFloor } from './useFit';

describe('titleFloor', () => {
  it('owes the room 24 px up to 12 cards and 18 px up to 30 on a 1080p screen, 12 px in the control view', () => {
    expect(titleFloor(true, 12, 1920)).toBe(24);
    expect(titleFloor(true, 30, 1920)).toBe(18);
    expect(titleFloor(true, 31, 1920)).toBe(14);
    expect(titleFloor(false, 5, 1280)).toBe(12);
  });

  it('scales the audience floor to a smaller projector, never below two thirds, never above on a larger screen', () => {
    expect(titleFloor(true, 5, 1280)).toBeCloseTo(16);
    expect(titleFloor(true, 5, 800)).toBeCloseTo(16);
    expect(titleFloor(true, 5, 3840)).toBe(24);
  });
});
