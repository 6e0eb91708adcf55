import { describe, expect, it } from 'vitest';
import { LINE_HEIGHT, audienceSize, titlePx } from './cardSize';

/** Every character 0.6 em wide. */
const even = (text: string) => text.length * 0.6;

describe('titlePx', () => {
  it('is the floor over the zoom, within the styles’ bounds', () => {
    expect(titlePx('note', 24, 1)).toBeCloseTo(24.25);
    expect(titlePx('note', 24, 2)).toBeCloseTo(16.8);
    expect(titlePx('note', 24, 0.1)).toBe(40);
    expect(titlePx('sticky', 16, 1)).toBeCloseTo(18.4);
  });
});

describe('audienceSize', () => {
  const card = { title: 'Un titre', width: 200, height: 120 };

  it('keeps a card whose title fits, and says how many lines it takes', () => {
    expect(audienceSize(card, 20, even)).toEqual({ height: 120, lines: 1 });
  });

  it('makes a card as tall as its whole title needs, never narrower', () => {
    // 172 units of line at 20 px and 0.6 em (x 1.03): 13 characters a line, so six lines for this title.
    const long = { ...card, title: 'Camille Roux pilote la présence sur les réseaux et les avis' };
    const size = audienceSize(long, 20, even);
    expect(size.lines).toBeGreaterThan(4);
    expect(size.height).toBeGreaterThanOrEqual(Math.ceil(size.lines * LINE_HEIGHT * 20) + 26);
    expect(size.height).toBeLessThan(Math.ceil((size.lines + 1) * LINE_HEIGHT * 20) + 26);
  });

  it('counts an untitled card as what it shows', () => {
    expect(audienceSize({ ...card, title: '' }, 20, even, 'Sans titre').lines).toBe(1);
  });
});
