// Tests for the governance.no_training rule: cases where it fires and cases where it stays quiet.
import { describe, expect, it } from 'vitest';
import { card, input } from '../test-kit';
import { governanceNoTraining } from './governance-no-training';

describe('governance.no_training', () => {
  it('fires as a tip with no training rule or budget', () => {
    expect(governanceNoTraining.run(input({ cards: [card('budget_line', { category: 'ads' })] }))[0]?.severity).toBe('tip');
  });
  it('is satisfied by a training rule or a training budget line', () => {
    expect(governanceNoTraining.run(input({ cards: [card('governance_rule', { rule: 'training' })] }))).toEqual([]);
    expect(governanceNoTraining.run(input({ cards: [card('budget_line', { category: 'training', amount: 800 })] }))).toEqual([]);
  });
});
