import { describe, expect, it } from 'vitest';
import { card, input } from '../test-kit';
import { governanceSlowValidation } from './governance-slow-validation';

describe('governance.slow_validation', () => {
  it('fires when approval takes longer than the fastest channel needs', () => {
    const cards = [card('channel', { platform: 'linkedin' }, 'LinkedIn', 'li'), card('governance_rule', { rule: 'validation', maxDelayHours: 48 }, 'Legal review', 'v')];
    const [f] = governanceSlowValidation.run(input({ cards }));
    expect(f).toMatchObject({ cardIds: ['v'], field: 'maxDelayHours' });
    expect(f?.message.en).toContain('within 24 h');
  });
  it('takes the team’s own stricter promise into account', () => {
    const cards = [card('channel', { platform: 'linkedin' }), card('cadence', { platform: 'linkedin', responseTimeHours: 4 }), card('governance_rule', { rule: 'validation', maxDelayHours: 8 })];
    expect(governanceSlowValidation.run(input({ cards }))).toHaveLength(1);
  });
  it('stays quiet when approval is fast enough, or with no known channel', () => {
    const rule = card('governance_rule', { rule: 'validation', maxDelayHours: 12 });
    expect(governanceSlowValidation.run(input({ cards: [card('channel', { platform: 'linkedin' }), rule] }))).toEqual([]);
    expect(governanceSlowValidation.run(input({ cards: [rule] }))).toEqual([]);
  });
});
