// The power x interest grid read as four quadrants: which quadrant a stakeholder's 1-5 values put them in, and the
// values a move to another quadrant gives them (a value already on the right side is kept, so nothing is lost).
import type { Fields } from './card';

export const STAKEHOLDER_QUADRANTS = ['keep-satisfied', 'manage-closely', 'monitor', 'keep-informed'] as const;
export type StakeholderQuadrant = (typeof STAKEHOLDER_QUADRANTS)[number];

/** 4 and 5 out of 5 count as high, as in the health check's "powerful" (Socle's reading of the grid). */
export const HIGH_FROM = 4;
/** What a move across the line gives an axis: the middle of its new side. */
const MOVED = { high: 4, low: 2 } as const;

const level = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) && v >= 1 && v <= 5 ? v : null);
export const isHigh = (v: number) => v >= HIGH_FROM;

export const QUADRANT_SIDES: Record<StakeholderQuadrant, { power: boolean; interest: boolean }> = {
  'keep-satisfied': { power: true, interest: false },
  'manage-closely': { power: true, interest: true },
  monitor: { power: false, interest: false },
  'keep-informed': { power: false, interest: true },
};

/** The quadrant of a stakeholder's fields; null while power or interest is not set (the card waits in the tray). */
export function quadrantOf(fields: Fields): StakeholderQuadrant | null {
  const power = level(fields.power);
  const interest = level(fields.interest);
  if (power === null || interest === null) return null;
  const found = STAKEHOLDER_QUADRANTS.find(
    (q) => QUADRANT_SIDES[q].power === isHigh(power) && QUADRANT_SIDES[q].interest === isHigh(interest),
  );
  return found ?? null;
}

/** The fields once the card is moved to a quadrant: an axis already on the quadrant's side keeps its exact value. */
export function movedTo(fields: Fields, quadrant: StakeholderQuadrant): Fields {
  const sides = QUADRANT_SIDES[quadrant];
  const axis = (v: unknown, high: boolean) => {
    const n = level(v);
    return n !== null && isHigh(n) === high ? n : high ? MOVED.high : MOVED.low;
  };
  return { ...fields, power: axis(fields.power, sides.power), interest: axis(fields.interest, sides.interest) };
}
