// Tests for the targets.not_ranked rule: cases where it fires and cases where it stays quiet.
import { describe, expect, it } from 'vitest';
import { card, input } from '../test-kit';
import { targetsNotRanked } from './targets-not-ranked';

describe('targets.not_ranked', () => {
  it('fires for unranked and tied personas only', () => {
    const cards = [
      card('persona', { rank: 1 }, '', 'a'),
      card('persona', { rank: 2 }, '', 'b'),
      card('persona', { rank: 2 }, '', 'c'),
      card('persona', {}, '', 'd'),
    ];
    const [f] = targetsNotRanked.run(input({ cards }));
    expect(f?.cardIds).toEqual(['b', 'c', 'd']);
  });
  it('accepts distinct ranks, and a single persona', () => {
    expect(targetsNotRanked.run(input({ cards: [card('persona', { rank: 1 }), card('persona', { rank: 2 })] }))).toEqual([]);
    expect(targetsNotRanked.run(input({ cards: [card('persona')] }))).toEqual([]);
  });
});
