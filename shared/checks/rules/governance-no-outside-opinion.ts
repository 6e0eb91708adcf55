// Tip: nobody from outside reviews the plan; a fresh expert eye catches what the team cannot see (S1).
import { defineRule } from '../rule';

export const governanceNoOutsideOpinion = defineRule({ id: 'governance.no_outside_opinion', step: 'governance', source: ['S1'] }, (ctx) =>
  ctx.decided.outsideOpinion.value === true
    ? []
    : [
        {
          severity: 'tip',
          cardIds: [],
          message: {
            fr: 'Aucun avis extérieur n’est prévu sur la stratégie.',
            en: 'No outside opinion on the strategy is planned.',
          },
          fix: {
            fr: 'Faites relire le plan par un regard neuf : un pair d’une autre entreprise, un consultant, une agence.',
            en: 'Have the plan read by fresh eyes: a peer from another company, a consultant, an agency.',
          },
          quickFix: { kind: 'add_governance_rule', rule: 'outside_opinion' },
        },
      ],
);
