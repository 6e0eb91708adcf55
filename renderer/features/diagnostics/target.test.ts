// Where a finding takes the user: the card's own step and field, else the question that settles it, else the add button.
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../../shared/checks';
import { card } from '../../../shared/checks/test-kit';
import { targetOf } from './target';

const finding = (over: Partial<Finding>): Finding => ({
  ruleId: 'x',
  severity: 'warning',
  step: 'measurement',
  cardIds: [],
  message: { fr: '', en: '' },
  fix: { fr: '', en: '' },
  source: [],
  ...over,
});

const objective = card('objective', {}, 'Notoriété', 'o1');
const owner = card('governance_rule', { rule: 'owner' }, 'Responsable', 'g1');

describe('targetOf', () => {
  it('selects the first card still there, on its own step, and focuses the finding’s field or the title', () => {
    expect(targetOf(finding({ cardIds: ['gone', 'o1'] }), [objective])).toEqual({
      step: 'objectives',
      cardId: 'o1',
      focus: '[data-testid="selected-card"] [data-testid="field-title"]',
    });
    expect(targetOf(finding({ cardIds: ['g1'], field: 'who' }), [owner]).focus).toBe(
      '[data-testid="selected-card"] [data-testid="field-who"]',
    );
    const fix = { kind: 'edit_field' as const, cardId: 'o1', field: 'deadline' };
    expect(targetOf(finding({ cardIds: ['o1'], quickFix: fix }), [objective]).focus).toContain('field-deadline');
  });

  it('focuses the guided question that settles a rule when no card is concerned, on the question’s step', () => {
    expect(targetOf(finding({ ruleId: 'governance.no_owner', step: 'governance' }), [])).toEqual({
      step: 'governance',
      cardId: null,
      focus: '[data-testid="question-governance.owner"]',
    });
    expect(targetOf(finding({ ruleId: 'measurement.no_review' }), []).step).toBe('calendar');
  });

  it('focuses the add button of the card kind to create, else just opens the step', () => {
    const fix = { kind: 'add_card' as const, step: 'resources' as const, cardKind: 'budget_line' as const };
    expect(targetOf(finding({ ruleId: 'budget.none', step: 'resources', quickFix: fix }), [])).toEqual({
      step: 'resources',
      cardId: null,
      focus: '[data-testid="add-card-budget_line"]',
    });
    expect(targetOf(finding({ ruleId: 'capacity.over', step: 'resources' }), [])).toEqual({ step: 'resources', cardId: null, focus: null });
  });
});
