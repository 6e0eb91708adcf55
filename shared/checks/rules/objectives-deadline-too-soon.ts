// Warning: an objective due in under six months expects results social media rarely gives so fast (S2, S3, S5).
import { monthsBetween, named, str } from '../read';
import { defineRule } from '../rule';

export const MIN_MONTHS_FOR_RESULTS = 6;

export const objectivesDeadlineTooSoon = defineRule(
  { id: 'objectives.deadline_too_soon', step: 'objectives', source: ['S2', 'S3', 'S5'] },
  (ctx) => {
    const today = ctx.today;
    if (!today) return [];
    return ctx.cards('objective').flatMap((o) => {
      const deadline = str(o, 'deadline');
      if (!deadline || monthsBetween(today, deadline) >= MIN_MONTHS_FOR_RESULTS) return [];
      return [
        {
          severity: 'warning' as const,
          cardIds: [o.id],
          field: 'deadline',
          message: {
            fr: `L’objectif ${named(o).fr} attend des résultats avant six mois (échéance ${deadline}) : une communauté se construit en plusieurs mois.`,
            en: `The objective ${named(o).en} expects results within six months (due ${deadline}): a community takes many months to build.`,
          },
          fix: {
            fr: 'Repoussez l’échéance, ou gardez-la pour un jalon intermédiaire et fixez le résultat final à six mois ou plus.',
            en: 'Move the deadline out, or keep it for an intermediate milestone and set the final result at six months or more.',
          },
          quickFix: { kind: 'edit_field' as const, cardId: o.id, field: 'deadline' },
        },
      ];
    });
  },
);
