// Blocker: no objective at all, so nothing else can be judged (S1, S4).
import { defineRule } from '../rule';

export const objectivesNone = defineRule({ id: 'objectives.none', step: 'objectives', source: ['S1', 'S4'] }, (ctx) =>
  ctx.decided.objectives.decided
    ? []
    : [
        {
          severity: 'blocker',
          cardIds: [],
          message: {
            fr: 'Aucun objectif n’est posé : sans objectif, impossible de choisir les cibles, les canaux ou les indicateurs.',
            en: 'No objective has been set: without one, targets, channels and indicators cannot be chosen.',
          },
          fix: {
            fr: 'Ajoutez un ou deux objectifs précis (notoriété, trafic, recrutement…) avec un chiffre à atteindre et une date.',
            en: 'Add one or two precise objectives (awareness, traffic, recruiting…) with a figure to reach and a date.',
          },
          quickFix: { kind: 'add_card', step: 'objectives', cardKind: 'objective' },
        },
      ],
);
