// Tests for the objectives.no_target rule: cases where it fires and cases where it stays quiet.
import { describe, expect, it } from 'vitest';
import { card, input } from '../test-kit';
import { objectivesNoTarget } from './objectives-no-target';

describe('objectives.no_target', () => {
  it('fires for an objective without a target value', () => {
    const [f] = objectivesNoTarget.run(input({ cards: [card('objective', { baseline: 10 }, '', 'o1')] }));
    expect(f).toMatchObject({ cardIds: ['o1'], field: 'target', severity: 'warning' });
  });
  it('accepts a target of zero as a stated value', () => {
    expect(objectivesNoTarget.run(input({ cards: [card('objective', { target: 0 })] }))).toEqual([]);
  });
});
