// Warning: an objective with no target value cannot be met or missed (S1, S3).
import { named, num } from '../read';
import { defineRule } from '../rule';

export const objectivesNoTarget = defineRule({ id: 'objectives.no_target', step: 'objectives', source: ['S1', 'S3'] }, (ctx) =>
  ctx
    .cards('objective')
    .filter((o) => num(o, 'target') === undefined)
    .map((o) => ({
      severity: 'warning' as const,
      cardIds: [o.id],
      field: 'target',
      message: {
        fr: `L’objectif ${named(o).fr} n’a pas de valeur cible : on ne saura pas s’il est atteint.`,
        en: `The objective ${named(o).en} has no target value: nobody will know whether it was reached.`,
      },
      fix: {
        fr: 'Indiquez le chiffre visé et, si possible, le point de départ (par exemple 120 → 600 abonnés locaux).',
        en: 'Give the figure aimed for and, if you can, the starting point (for example 120 → 600 local followers).',
      },
      quickFix: { kind: 'edit_field' as const, cardId: o.id, field: 'target' },
    })),
);
