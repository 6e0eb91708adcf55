// Tests for the governance.no_validation rule: cases where it fires and cases where it stays quiet.
import { describe, expect, it } from 'vitest';
import { card, input } from '../test-kit';
import { governanceNoValidation } from './governance-no-validation';

describe('governance.no_validation', () => {
  it('fires as a tip when the validation rule is missing or empty', () => {
    expect(governanceNoValidation.run(input({ cards: [card('governance_rule', { rule: 'validation' })] }))[0]?.severity).toBe('tip');
  });
  it('stays quiet with a described validation rule', () => {
    expect(governanceNoValidation.run(input({ cards: [card('governance_rule', { rule: 'validation', maxDelayHours: 4 })] }))).toEqual([]);
  });
});
