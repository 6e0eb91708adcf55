// Warning: management plans to judge the results in under six months; trust is won over many months (S2, S3; the six months are Socle's).
import { fmt } from '../read';
import { defineRule } from '../rule';
import { SIX_MONTHS } from '../thumbs';
import { MIN_MONTHS_FOR_RESULTS } from './objectives-deadline-too-soon';

export const convinceImpatient = defineRule(
  { id: 'convince.impatient', step: 'convince', source: ['S2', 'S3'], ruleOfThumb: SIX_MONTHS },
  (ctx) => {
    const said = [
      { d: ctx.decided.patienceMonths, fr: 'La direction jugera au bout de', en: 'Management will judge after' },
      { d: ctx.decided.firstJudgementMonths, fr: 'Les résultats seront jugés au bout de', en: 'Results will be judged after' },
    ].filter((s) => s.d.value !== undefined && s.d.value < MIN_MONTHS_FOR_RESULTS);
    if (said.length === 0) return [];
    const fr = said.map((s) => `${s.fr} ${fmt(s.d.value!).fr} mois`).join(' ; ');
    const en = said.map((s) => `${s.en} ${fmt(s.d.value!).en} months`).join('; ');
    return [
      {
        severity: 'warning',
        cardIds: [],
        message: {
          fr: `${fr} : c’est trop tôt, gagner la confiance d’une audience prend de longs mois.`,
          en: `${en}: too early, winning an audience’s trust takes many months.`,
        },
        fix: {
          fr: 'Fixez le jugement à six mois ou plus, et convenez d’ici là de signes intermédiaires à regarder (commentaires, mentions positives, abonnés qualifiés).',
          en: 'Set the judgement at six months or more, and agree meanwhile on early signs to watch (comments, positive mentions, qualified followers).',
        },
      },
    ];
  },
);
