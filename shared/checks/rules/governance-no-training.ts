// Tip: no training planned for the people who will run the channels (S5, S1).
import { defineRule } from '../rule';

export const governanceNoTraining = defineRule({ id: 'governance.no_training', step: 'governance', source: ['S5', 'S1'] }, (ctx) =>
  ctx.decided.training.value === true
    ? []
    : [
        {
          severity: 'tip',
          cardIds: [],
          message: {
            fr: 'Aucune formation n’est prévue pour ceux qui animeront les comptes.',
            en: 'No training is planned for the people who will run the accounts.',
          },
          fix: {
            fr: 'Prévoyez une formation : outils, ton, réponses aux critiques, cas sensibles ; chaque canal en demande un peu.',
            en: 'Plan some training: tools, tone, answering criticism, sensitive cases; every channel needs a little.',
          },
          quickFix: { kind: 'add_governance_rule', rule: 'training' },
        },
      ],
);
