// Tests for the governance.slow_validation rule: cases where it fires and cases where it stays quiet.
import { describe, expect, it } from 'vitest';
import { answer, card, input } from '../test-kit';
import { governanceSlowValidation } from './governance-slow-validation';

describe('governance.slow_validation', () => {
  it('fires when approval takes longer than the fastest channel needs', () => {
    const cards = [
      card('channel', { platform: 'linkedin' }, 'LinkedIn', 'li'),
      card('governance_rule', { rule: 'validation', maxDelayHours: 48 }, 'Legal review', 'v'),
    ];
    const [f] = governanceSlowValidation.run(input({ cards }));
    expect(f).toMatchObject({ cardIds: ['v'], field: 'maxDelayHours' });
    expect(f?.message.en).toContain('within 24 h');
  });
  it('takes the team’s own stricter promise into account', () => {
    const cards = [
      card('channel', { platform: 'linkedin' }),
      card('cadence', { platform: 'linkedin', responseTimeHours: 4 }),
      card('governance_rule', { rule: 'validation', maxDelayHours: 8 }),
    ];
    expect(governanceSlowValidation.run(input({ cards }))).toHaveLength(1);
  });
  it('stays quiet when approval is fast enough, or with no known channel', () => {
    const rule = card('governance_rule', { rule: 'validation', maxDelayHours: 12 });
    expect(governanceSlowValidation.run(input({ cards: [card('channel', { platform: 'linkedin' }), rule] }))).toEqual([]);
    expect(governanceSlowValidation.run(input({ cards: [rule] }))).toEqual([]);
  });
});

describe('governance.slow_validation from the guided answer', () => {
  it('uses the validation-hours answer when no card states a delay', () => {
    const cards = [card('channel', { platform: 'x' }, 'X')];
    const [f] = governanceSlowValidation.run(input({ cards, answers: [answer('governance.maxValidationHours', 24)] }));
    expect(f?.message.en).toBe('Approval may take 24 h, while X (Twitter) needs answers within 2 h.');
  });
});
