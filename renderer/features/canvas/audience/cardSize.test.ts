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

  it('makes room above the title for the kind’s name the room is shown, on as many lines as it takes', () => {
    const tall = { ...card, height: 0 };
    const bare = audienceSize(tall, 20, even).height;
    // At 0.7 of 20 px: one line of 14 px at 1.2, its padding and the gap under it.
    const one = audienceSize(tall, 20, even, '', 'Canal').height;
    expect(one - bare).toBeGreaterThanOrEqual(Math.floor(14 * 1.2 + 2.8 + 4));
    // A name too long for one line at that size takes two, and the card grows by one more line of it.
    const two = audienceSize(tall, 20, even, '', 'Pilier de contenu éditorial régional').height;
    expect(two - one).toBeGreaterThanOrEqual(Math.floor(14 * 1.2));
  });

  it('counts an untitled card as what it shows', () => {
    expect(audienceSize({ ...card, title: '' }, 20, even, 'Sans titre').lines).toBe(1);
  });
});
