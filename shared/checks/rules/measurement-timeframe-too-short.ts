// Warning: a KPI expected to move in under six months sets the group up for disappointment (S2, S3).
import { named, num } from '../read';
import { defineRule } from '../rule';
import { MIN_MONTHS_FOR_RESULTS } from './objectives-deadline-too-soon';

export const measurementTimeframeTooShort = defineRule(
  { id: 'measurement.timeframe_too_short', step: 'measurement', source: ['S2', 'S3'] },
  (ctx) =>
    ctx
      .cards('kpi')
      .filter((k) => {
        const months = num(k, 'timeframeMonths');
        return months !== undefined && months < MIN_MONTHS_FOR_RESULTS;
      })
      .map((k) => ({
        severity: 'warning' as const,
        cardIds: [k.id],
        field: 'timeframeMonths',
        message: {
          fr: `L’indicateur ${named(k).fr} attend son résultat en ${num(k, 'timeframeMonths')} mois : c’est court pour des réseaux sociaux.`,
          en: `The indicator ${named(k).en} expects its result in ${num(k, 'timeframeMonths')} months: short for social media.`,
        },
        fix: {
          fr: 'Visez six mois ou plus pour le résultat, et suivez d’ici là des signes intermédiaires (abonnés qualifiés, commentaires, mentions positives).',
          en: 'Aim at six months or more for the result, and track early signs meanwhile (qualified followers, comments, positive mentions).',
        },
        quickFix: { kind: 'edit_field' as const, cardId: k.id, field: 'timeframeMonths' },
      })),
);
