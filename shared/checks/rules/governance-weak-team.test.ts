// Tests for the governance.weak_team rule: cases where it fires and cases where it stays quiet.
import { describe, expect, it } from 'vitest';
import { card, input } from '../test-kit';
import { governanceWeakTeam } from './governance-weak-team';

describe('governance.weak_team', () => {
  it('fires when the owner is an agency', () => {
    const owner = card('governance_rule', { rule: 'owner', teamType: 'agency' }, 'Agence X', 'g');
    expect(governanceWeakTeam.run(input({ cards: [owner, card('person', { teamType: 'dedicated' })] }))[0]).toMatchObject({
      cardIds: ['g'],
    });
  });
  it('fires when every person is an intern or an outside provider', () => {
    const cards = [card('person', { teamType: 'intern' }, '', 'a'), card('person', { teamType: 'freelance' }, '', 'b')];
    expect(governanceWeakTeam.run(input({ cards }))[0]?.cardIds).toEqual(['a', 'b']);
  });
  it('stays quiet when someone inside the company carries it', () => {
    const cards = [card('person', { teamType: 'intern' }), card('person', { teamType: 'part_time' })];
    expect(governanceWeakTeam.run(input({ cards }))).toEqual([]);
  });
});
