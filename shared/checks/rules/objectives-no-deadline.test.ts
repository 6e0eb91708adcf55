// Tests for the objectives.no_deadline rule: cases where it fires and cases where it stays quiet.
import { describe, expect, it } from 'vitest';
import { card, input } from '../test-kit';
import { objectivesNoDeadline } from './objectives-no-deadline';

describe('objectives.no_deadline', () => {
  it('fires for an objective without a deadline', () => {
    const [f] = objectivesNoDeadline.run(input({ cards: [card('objective', { deadline: '' }, '', 'o1')] }));
    expect(f).toMatchObject({ cardIds: ['o1'], field: 'deadline' });
  });
  it('stays quiet when the deadline is set', () => {
    expect(objectivesNoDeadline.run(input({ cards: [card('objective', { deadline: '2027-06-30' })] }))).toEqual([]);
  });
});
