// Warning: objectives with no target value cannot be met or missed (S1, S3).
import { listed } from '../listed';
import { num } from '../read';
import { defineRule } from '../rule';

export const objectivesNoTarget = defineRule({ id: 'objectives.no_target', step: 'objectives', source: ['S1', 'S3'] }, (ctx) => {
  const open = ctx.cards('objective').filter((o) => num(o, 'target') === undefined);
  if (open.length === 0) return [];
  const found = listed(open, {
    noun: { fr: ['objectif', 'objectifs'], en: ['objective', 'objectives'] },
    one: (n) => ({
      fr: `L’objectif ${n.fr} n’a pas de valeur cible : on ne saura pas s’il est atteint.`,
      en: `The objective ${n.en} has no target value: nobody will know whether it was reached.`,
    }),
    many: (k, n) => ({
      fr: `${k.fr} n’ont pas de valeur cible, on ne saura pas s’ils sont atteints : ${n.fr}.`,
      en: `${k.en} have no target value, so nobody will know whether they were reached: ${n.en}.`,
    }),
  });
  return [
    {
      severity: 'warning',
      ...found,
      field: 'target',
      fix: {
        fr: 'Indiquez le chiffre visé et, si possible, le point de départ (par exemple 120 → 600 abonnés locaux).',
        en: 'Give the figure aimed for and, if you can, the starting point (for example 120 → 600 local followers).',
      },
      quickFix: { kind: 'edit_field', cardId: found.cardIds[0]!, field: 'target' },
    },
  ];
});
