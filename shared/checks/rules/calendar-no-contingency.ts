// Warning: no contingency plan; the unexpected will find the team unprepared (S1, S4).
import { defineRule } from '../rule';

export const calendarNoContingency = defineRule({ id: 'calendar.no_contingency', step: 'calendar', source: ['S1', 'S4'] }, (ctx) =>
  ctx.decided.contingency.decided
    ? []
    : [
        {
          severity: 'warning',
          cardIds: [],
          message: {
            fr: 'Aucun plan de secours : un imprévu (absence, bad buzz, événement annulé) désorganisera la campagne.',
            en: 'No contingency plan: something unexpected (an absence, a backlash, a cancelled event) will derail the campaign.',
          },
          fix: {
            fr: 'Ajoutez au calendrier un plan B : ce qui le déclenche, qui décide, et ce qu’on publie ou suspend.',
            en: 'Add a plan B to the calendar: what triggers it, who decides, and what gets published or paused.',
          },
          quickFix: { kind: 'add_card', step: 'calendar', cardKind: 'calendar_item', fields: { type: 'contingency' } },
        },
      ],
);
