// Warning: KPIs expected to move in under six months set the group up for disappointment (S2, S3; the six months are Socle's).
import type { Card } from '../../model';
import { listed } from '../listed';
import { num } from '../read';
import { SIX_MONTHS } from '../thumbs';
import { defineRule } from '../rule';
import { MIN_MONTHS_FOR_RESULTS } from './objectives-deadline-too-soon';

export const measurementTimeframeTooShort = defineRule(
  { id: 'measurement.timeframe_too_short', step: 'measurement', source: ['S2', 'S3'], ruleOfThumb: SIX_MONTHS },
  (ctx) => {
    const short = ctx.cards('kpi').filter((k) => (num(k, 'timeframeMonths') ?? Infinity) < MIN_MONTHS_FOR_RESULTS);
    if (short.length === 0) return [];
    const months = (k: Card) => num(k, 'timeframeMonths')!;
    const found = listed(short, {
      noun: { fr: ['indicateur', 'indicateurs'], en: ['indicator', 'indicators'] },
      one: (n) => ({
        fr: `L’indicateur ${n.fr} attend son résultat en ${months(short[0]!)} mois : c’est court pour des réseaux sociaux.`,
        en: `The indicator ${n.en} expects its result in ${months(short[0]!)} months: short for social media.`,
      }),
      many: (k, n) => ({
        fr: `${k.fr} attendent leur résultat en moins de ${MIN_MONTHS_FOR_RESULTS} mois : ${n.fr}.`,
        en: `${k.en} expect their result in under ${MIN_MONTHS_FOR_RESULTS} months: ${n.en}.`,
      }),
    });
    return [
      {
        severity: 'warning',
        ...found,
        field: 'timeframeMonths',
        fix: {
          fr: 'Visez six mois ou plus pour le résultat, et suivez d’ici là des signes intermédiaires (abonnés qualifiés, commentaires, mentions positives).',
          en: 'Aim at six months or more for the result, and track early signs meanwhile (qualified followers, comments, positive mentions).',
        },
        quickFix: { kind: 'edit_field', cardId: found.cardIds[0]!, field: 'timeframeMonths' },
      },
    ];
  },
);
