// Warning: objectives with no deadline cannot be planned on the calendar nor reviewed (S4, S1).
import { listed } from '../listed';
import { str } from '../read';
import { defineRule } from '../rule';

export const objectivesNoDeadline = defineRule({ id: 'objectives.no_deadline', step: 'objectives', source: ['S4', 'S1'] }, (ctx) => {
  const open = ctx.cards('objective').filter((o) => str(o, 'deadline') === undefined);
  if (open.length === 0) return [];
  const found = listed(open, {
    noun: { fr: ['objectif', 'objectifs'], en: ['objective', 'objectives'] },
    one: (n) => ({ fr: `L’objectif ${n.fr} n’a pas d’échéance.`, en: `The objective ${n.en} has no deadline.` }),
    many: (k, n) => ({ fr: `${k.fr} n’ont pas d’échéance : ${n.fr}.`, en: `${k.en} have no deadline: ${n.en}.` }),
  });
  return [
    {
      severity: 'warning',
      ...found,
      field: 'deadline',
      fix: {
        fr: 'Fixez à chacun une échéance réaliste (Socle conseille six mois au moins pour un résultat).',
        en: 'Give each a realistic deadline (Socle advises at least six months for a result).',
      },
      quickFix: { kind: 'edit_field', cardId: found.cardIds[0]!, field: 'deadline' },
    },
  ];
});
