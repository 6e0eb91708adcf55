// Warning: the calendar has no phase and no milestone, so nothing says when what happens (S4).
import { str } from '../read';
import { defineRule } from '../rule';

export const calendarNoPlan = defineRule({ id: 'calendar.no_plan', step: 'calendar', source: ['S4'] }, (ctx) =>
  ctx.cards('calendar_item').some((c) => ['phase', 'milestone'].includes(str(c, 'type') ?? ''))
    ? []
    : [
        {
          severity: 'warning',
          cardIds: [],
          message: {
            fr: 'Le calendrier n’a ni phase ni jalon : rien ne dit quand chaque étape commence ni quand on fait le point.',
            en: 'The calendar has no phase and no milestone: nothing says when each stage starts or when progress is checked.',
          },
          fix: {
            fr: 'Découpez la campagne en phases (lancement, installation, régime de croisière) et placez les jalons, temps forts et itérations.',
            en: 'Split the campaign into phases (launch, settling in, cruising) and place the milestones, key moments and iterations.',
          },
          quickFix: { kind: 'add_card', step: 'calendar', cardKind: 'calendar_item', fields: { type: 'phase' } },
        },
      ],
);
