// Tests for the governance.no_charter rule: cases where it fires and cases where it stays quiet.
import { describe, expect, it } from 'vitest';
import { answer, card, input } from '../test-kit';
import { governanceNoCharter } from './governance-no-charter';

describe('governance.no_charter', () => {
  it('fires with no charter, also when the charter question says no', () => {
    expect(governanceNoCharter.run(input({ answers: [answer('governance.transparencyCharter', false)] }))).toHaveLength(1);
  });
  it('is satisfied by a charter rule or a yes', () => {
    expect(governanceNoCharter.run(input({ cards: [card('governance_rule', { rule: 'charter' })] }))).toEqual([]);
    expect(governanceNoCharter.run(input({ answers: [answer('governance.transparencyCharter', true)] }))).toEqual([]);
  });
});
