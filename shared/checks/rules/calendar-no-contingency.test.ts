// Tests for the calendar.no_contingency rule: cases where it fires and cases where it stays quiet.
import { describe, expect, it } from 'vitest';
import { answer, card, input } from '../test-kit';
import { calendarNoContingency } from './calendar-no-contingency';

describe('calendar.no_contingency', () => {
  it('fires with no contingency item and no plan B answer', () => {
    expect(
      calendarNoContingency.run(
        input({ cards: [card('calendar_item', { type: 'phase' })], answers: [answer('calendar.contingency', '   ')] }),
      ),
    ).toHaveLength(1);
  });
  it('is satisfied by a contingency item or a plan B answer', () => {
    expect(calendarNoContingency.run(input({ cards: [card('calendar_item', { type: 'contingency' })] }))).toEqual([]);
    expect(calendarNoContingency.run(input({ answers: [answer('calendar.contingency', 'Pause the ads, the owner speaks')] }))).toEqual([]);
  });
});
