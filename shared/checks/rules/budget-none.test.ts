// Tests for the budget.none rule: cases where it fires and cases where it stays quiet.
import { describe, expect, it } from 'vitest';
import { card, input } from '../test-kit';
import { budgetNone } from './budget-none';

describe('budget.none', () => {
  it('fires as a blocker with no line, or only zero amounts', () => {
    expect(budgetNone.run(input())[0]?.severity).toBe('blocker');
    expect(budgetNone.run(input({ cards: [card('budget_line', { amount: 0 })] }))).toHaveLength(1);
  });
  it('stays quiet with a line that costs something, or whose amount is still to be given', () => {
    expect(budgetNone.run(input({ cards: [card('budget_line', { amount: 300 })] }))).toEqual([]);
    expect(budgetNone.run(input({ cards: [card('budget_line', { category: 'ads' })] }))).toEqual([]);
  });
});
