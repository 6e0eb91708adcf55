// Tests for the calendar.no_plan rule: cases where it fires and cases where it stays quiet.
import { describe, expect, it } from 'vitest';
import { card, input } from '../test-kit';
import { calendarNoPlan } from './calendar-no-plan';

describe('calendar.no_plan', () => {
  it('fires when the calendar holds only events', () => {
    expect(calendarNoPlan.run(input({ cards: [card('calendar_item', { type: 'event' })] }))).toHaveLength(1);
  });
  it('stays quiet with a phase or a milestone', () => {
    expect(calendarNoPlan.run(input({ cards: [card('calendar_item', { type: 'milestone' })] }))).toEqual([]);
    expect(calendarNoPlan.run(input({ cards: [card('calendar_item', { type: 'phase' })] }))).toEqual([]);
  });
});
