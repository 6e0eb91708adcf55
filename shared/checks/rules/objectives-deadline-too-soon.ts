// Warning: objectives due in under six months expect results social media rarely gives so fast (S2, S3, S5; the six months are Socle's).
import { listed } from '../listed';
import { monthsBetween, str } from '../read';
import { SIX_MONTHS } from '../thumbs';
import { defineRule } from '../rule';

/** Socle's rule of thumb: the articles ask for patience over many months; Socle reads that as six at least. */
export const MIN_MONTHS_FOR_RESULTS = 6;

export const objectivesDeadlineTooSoon = defineRule(
  { id: 'objectives.deadline_too_soon', step: 'objectives', source: ['S2', 'S3', 'S5'], ruleOfThumb: SIX_MONTHS },
  (ctx) => {
    const today = ctx.today;
    if (!today) return [];
    const soon = ctx.cards('objective').filter((o) => {
      const deadline = str(o, 'deadline');
      return deadline !== undefined && monthsBetween(today, deadline) < MIN_MONTHS_FOR_RESULTS;
    });
    if (soon.length === 0) return [];
    const found = listed(soon, {
      noun: { fr: ['objectif', 'objectifs'], en: ['objective', 'objectives'] },
      one: (n) => ({
        fr: `L’objectif ${n.fr} attend des résultats avant six mois (échéance ${str(soon[0]!, 'deadline')}) : une communauté se construit en plusieurs mois.`,
        en: `The objective ${n.en} expects results within six months (due ${str(soon[0]!, 'deadline')}): a community takes many months to build.`,
      }),
      many: (k, n) => ({
        fr: `${k.fr} attendent des résultats avant six mois : ${n.fr}. Une communauté se construit en plusieurs mois.`,
        en: `${k.en} expect results within six months: ${n.en}. A community takes many months to build.`,
      }),
    });
    return [
      {
        severity: 'warning',
        ...found,
        field: 'deadline',
        fix: {
          fr: 'Repoussez l’échéance, ou gardez-la pour un jalon intermédiaire et fixez le résultat final à six mois ou plus.',
          en: 'Move the deadline out, or keep it for an intermediate milestone and set the final result at six months or more.',
        },
        quickFix: { kind: 'edit_field', cardId: found.cardIds[0]!, field: 'deadline' },
      },
    ];
  },
);
