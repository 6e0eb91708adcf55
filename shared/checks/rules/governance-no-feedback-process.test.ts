// Tests for the governance.no_feedback_process rule: cases where it fires and cases where it stays quiet.
import { describe, expect, it } from 'vitest';
import { answer, card, input } from '../test-kit';
import { governanceNoFeedbackProcess } from './governance-no-feedback-process';

describe('governance.no_feedback_process', () => {
  it('fires when the crisis escalation is missing, suggesting it', () => {
    const [f] = governanceNoFeedbackProcess.run(input({ cards: [card('governance_rule', { rule: 'negative_feedback' })] }));
    expect(f?.quickFix).toEqual({ kind: 'add_governance_rule', rule: 'crisis' });
    expect(f?.message.en).toContain('crisis escalation');
  });
  it('fires when both are missing, suggesting negative feedback first', () => {
    expect(governanceNoFeedbackProcess.run(input())[0]?.quickFix).toEqual({ kind: 'add_governance_rule', rule: 'negative_feedback' });
  });
  it('is satisfied by rules or answers for both', () => {
    const answers = [answer('governance.negativeFeedback', 'answer_publicly')];
    expect(governanceNoFeedbackProcess.run(input({ cards: [card('governance_rule', { rule: 'crisis' })], answers }))).toEqual([]);
  });
});
