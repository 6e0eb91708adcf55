// Tests for the objectives.deadline_too_soon rule: cases where it fires and cases where it stays quiet.
import { describe, expect, it } from 'vitest';
import { card, input } from '../test-kit';
import { objectivesDeadlineTooSoon } from './objectives-deadline-too-soon';

describe('objectives.deadline_too_soon', () => {
  it('fires for a deadline three months after the reference date', () => {
    const [f] = objectivesDeadlineTooSoon.run(
      input({ today: '2026-01-15', cards: [card('objective', { deadline: '2026-04-15' }, '', 'o1')] }),
    );
    expect(f).toMatchObject({ cardIds: ['o1'], field: 'deadline', source: ['S2', 'S3', 'S5'] });
  });
  it('accepts a deadline a year away, and skips when no reference date is known', () => {
    expect(objectivesDeadlineTooSoon.run(input({ today: '2026-01-15', cards: [card('objective', { deadline: '2027-01-15' })] }))).toEqual(
      [],
    );
    expect(objectivesDeadlineTooSoon.run(input({ today: undefined, cards: [card('objective', { deadline: '2026-02-01' })] }))).toEqual([]);
  });
});
