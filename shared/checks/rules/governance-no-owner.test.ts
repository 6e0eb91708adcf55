// Tests for the governance.no_owner rule: cases where it fires and cases where it stays quiet.
import { describe, expect, it } from 'vitest';
import { answer, card, input, link } from '../test-kit';
import { governanceNoOwner } from './governance-no-owner';

describe('governance.no_owner', () => {
  it('fires as a blocker with no owner rule, and points at a blank one', () => {
    expect(governanceNoOwner.run(input())[0]).toMatchObject({
      severity: 'blocker',
      quickFix: { kind: 'add_governance_rule', rule: 'owner' },
    });
    const blank = card('governance_rule', { rule: 'owner' }, '', 'g');
    expect(governanceNoOwner.run(input({ cards: [blank] }))[0]).toMatchObject({ cardIds: ['g'], field: 'who' });
  });
  it('is satisfied by a named owner, an owns link, or the owner answer', () => {
    expect(governanceNoOwner.run(input({ cards: [card('governance_rule', { rule: 'owner', who: 'Marie' })] }))).toEqual([]);
    const g = card('governance_rule', { rule: 'owner' });
    const s = card('stakeholder');
    expect(governanceNoOwner.run(input({ cards: [g, s], links: [link('owns', s, g)] }))).toEqual([]);
    expect(governanceNoOwner.run(input({ answers: [answer('governance.owner', 'Marie')] }))).toEqual([]);
  });
});
