// Tests for the budget.costs_missing rule: cases where it fires and cases where it stays quiet.
import { describe, expect, it } from 'vitest';
import { card, input } from '../test-kit';
import { budgetCostsMissing } from './budget-costs-missing';

describe('budget.costs_missing', () => {
  it('fires for budget lines without an amount', () => {
    const cards = [card('budget_line', { category: 'ads' }, 'Ads', 'b1'), card('budget_line', { amount: 100 }, 'Tools', 'b2')];
    const [f] = budgetCostsMissing.run(input({ cards }));
    expect(f).toMatchObject({ cardIds: ['b1'], field: 'amount', quickFix: { kind: 'edit_field', cardId: 'b1' } });
  });
  it('stays quiet when every line has an amount', () => {
    expect(budgetCostsMissing.run(input({ cards: [card('budget_line', { amount: 0 })] }))).toEqual([]);
  });
});
