// Tests for the objectives.none rule: cases where it fires and cases where it stays quiet.
import { describe, expect, it } from 'vitest';
import { card, input } from '../test-kit';
import { objectivesNone } from './objectives-none';

describe('objectives.none', () => {
  it('fires as a blocker when there is no objective', () => {
    const found = objectivesNone.run(input({ cards: [card('persona')] }));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ ruleId: 'objectives.none', severity: 'blocker', step: 'objectives', cardIds: [] });
    expect(found[0]?.quickFix).toEqual({ kind: 'add_card', step: 'objectives', cardKind: 'objective' });
  });
  it('stays quiet once an objective exists', () => {
    expect(objectivesNone.run(input({ cards: [card('objective')] }))).toEqual([]);
  });
});
