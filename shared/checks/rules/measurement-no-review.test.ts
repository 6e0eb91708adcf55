// Tests for the measurement.no_review rule: cases where it fires and cases where it stays quiet.
import { describe, expect, it } from 'vitest';
import { answer, card, input } from '../test-kit';
import { measurementNoReview } from './measurement-no-review';

describe('measurement.no_review', () => {
  it('fires when no milestone is a review, and suggests one', () => {
    const [f] = measurementNoReview.run(input({ cards: [card('calendar_item', { type: 'milestone' }, 'Rétroplanning')] }));
    expect(f?.quickFix).toMatchObject({ kind: 'add_card', step: 'calendar', fields: { type: 'milestone' } });
  });
  it('accepts a review milestone in French or English, or the first review date', () => {
    expect(measurementNoReview.run(input({ cards: [card('calendar_item', { type: 'milestone' }, 'Bilan de campagne')] }))).toEqual([]);
    expect(measurementNoReview.run(input({ cards: [card('calendar_item', { type: 'iteration' }, 'Quarterly review')] }))).toEqual([]);
    expect(measurementNoReview.run(input({ answers: [answer('calendar.firstReview', '2026-09-01')] }))).toEqual([]);
  });
});
