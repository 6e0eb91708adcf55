// Warning: an objective that no KPI measures cannot be reported on, nor its return shown (S3, S1).
import { named } from '../read';
import { defineRule } from '../rule';

export const objectivesNoKpi = defineRule({ id: 'objectives.no_kpi', step: 'measurement', source: ['S3', 'S1'] }, (ctx) =>
  ctx
    .cards('objective')
    .filter((o) => !ctx.to(o.id, 'measures').some((l) => ctx.card(l.fromCard)?.kind === 'kpi'))
    .map((o) => ({
      severity: 'warning' as const,
      cardIds: [o.id],
      message: {
        fr: `L’objectif ${named(o).fr} n’est mesuré par aucun indicateur.`,
        en: `The objective ${named(o).en} is measured by no indicator.`,
      },
      fix: {
        fr: 'Ajoutez un indicateur (KPI) relié à cet objectif, avec sa valeur de départ, sa cible et son délai.',
        en: 'Add an indicator (KPI) linked to this objective, with its baseline, target and timeframe.',
      },
      quickFix: { kind: 'add_kpi' as const, objectiveId: o.id },
    })),
);
