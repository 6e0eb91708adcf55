// Tests for the targets.single rule: one unranked persona fires; a rank or "ranked" answered yes silences it.
import { describe, expect, it } from 'vitest';
import { answer, card, input } from '../test-kit';
import { targetsSingle } from './targets-single';

describe('targets.single', () => {
  it('fires for a single persona with no rank', () => {
    expect(targetsSingle.run(input({ cards: [card('persona', {}, 'Artisans', 'p')] }))[0]).toMatchObject({
      cardIds: ['p'],
      severity: 'tip',
    });
  });
  it('stays quiet when ranked on the card or in the answer, and with several targets', () => {
    expect(targetsSingle.run(input({ cards: [card('persona', { rank: 1 })] }))).toEqual([]);
    expect(targetsSingle.run(input({ cards: [card('persona')], answers: [answer('targets.ranked', true)] }))).toEqual([]);
    expect(targetsSingle.run(input({ cards: [card('persona'), card('persona')] }))).toEqual([]);
  });
});
