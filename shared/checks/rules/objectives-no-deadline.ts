// Warning: an objective with no deadline cannot be planned on the calendar nor reviewed (S4, S1).
import { named, str } from '../read';
import { defineRule } from '../rule';

export const objectivesNoDeadline = defineRule({ id: 'objectives.no_deadline', step: 'objectives', source: ['S4', 'S1'] }, (ctx) =>
  ctx
    .cards('objective')
    .filter((o) => str(o, 'deadline') === undefined)
    .map((o) => ({
      severity: 'warning' as const,
      cardIds: [o.id],
      field: 'deadline',
      message: {
        fr: `L’objectif ${named(o).fr} n’a pas d’échéance.`,
        en: `The objective ${named(o).en} has no deadline.`,
      },
      fix: {
        fr: 'Fixez une date d’échéance réaliste (six mois au moins pour des résultats sur les réseaux sociaux).',
        en: 'Set a realistic deadline (at least six months for results on social media).',
      },
      quickFix: { kind: 'edit_field' as const, cardId: o.id, field: 'deadline' },
    })),
);
