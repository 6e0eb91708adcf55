// Tests for the listening.no_tool_budget rule: cases where it fires and cases where it stays quiet.
import { describe, expect, it } from 'vitest';
import { card, input } from '../test-kit';
import { listeningNoToolBudget } from './listening-no-tool-budget';

describe('listening.no_tool_budget', () => {
  it('fires when no budget line is for tools', () => {
    const [f] = listeningNoToolBudget.run(input({ cards: [card('budget_line', { category: 'ads', amount: 500 })] }));
    expect(f).toMatchObject({ step: 'resources', quickFix: { kind: 'add_card', fields: { category: 'tools' } } });
  });
  it('stays quiet with a tools line', () => {
    expect(listeningNoToolBudget.run(input({ cards: [card('budget_line', { category: 'tools', amount: 50 })] }))).toEqual([]);
  });
});
