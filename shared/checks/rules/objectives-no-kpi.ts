// Warning: objectives that nothing measures cannot be reported on, nor their return shown (S3, S1).
import { listed } from '../listed';
import { num, str } from '../read';
import { defineRule } from '../rule';

export const objectivesNoKpi = defineRule({ id: 'objectives.no_kpi', step: 'measurement', source: ['S3', 'S1'] }, (ctx) => {
  // A linked KPI measures it; so does the objective's own metric with its target value.
  const unmeasured = ctx
    .cards('objective')
    .filter(
      (o) =>
        !ctx.to(o.id, 'measures').some((l) => ctx.card(l.fromCard)?.kind === 'kpi') &&
        (str(o, 'metric') === undefined || num(o, 'target') === undefined),
    );
  if (unmeasured.length === 0) return [];
  const found = listed(unmeasured, {
    noun: { fr: ['objectif', 'objectifs'], en: ['objective', 'objectives'] },
    one: (n) => ({ fr: `L’objectif ${n.fr} n’est mesuré par aucun indicateur.`, en: `The objective ${n.en} is measured by no indicator.` }),
    many: (k, n) => ({
      fr: `${k.fr} ne sont mesurés par aucun indicateur : ${n.fr}.`,
      en: `${k.en} are measured by no indicator: ${n.en}.`,
    }),
  });
  return [
    {
      severity: 'warning',
      ...found,
      fix: {
        fr: 'Pour chacun, donnez l’indicateur et la valeur visée, ou ajoutez un KPI relié avec sa valeur de départ, sa cible et son délai.',
        en: 'For each, give the indicator and the value aimed for, or add a linked KPI with its baseline, target and timeframe.',
      },
      quickFix: { kind: 'add_kpi', objectiveIds: found.cardIds },
    },
  ];
});
