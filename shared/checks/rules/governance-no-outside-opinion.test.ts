// Tests for the governance.no_outside_opinion rule: cases where it fires and cases where it stays quiet.
import { describe, expect, it } from 'vitest';
import { answer, card, input } from '../test-kit';
import { governanceNoOutsideOpinion } from './governance-no-outside-opinion';

describe('governance.no_outside_opinion', () => {
  it('fires when nobody outside reviews the plan, including the answer "none"', () => {
    expect(governanceNoOutsideOpinion.run(input({ answers: [answer('governance.outsideOpinion', 'none')] }))).toHaveLength(1);
  });
  it('is satisfied by an outside-opinion rule or answer', () => {
    expect(governanceNoOutsideOpinion.run(input({ cards: [card('governance_rule', { rule: 'outside_opinion' })] }))).toEqual([]);
    expect(governanceNoOutsideOpinion.run(input({ answers: [answer('governance.outsideOpinion', 'consultant')] }))).toEqual([]);
  });
});
