// Warning: no content pillar, so what gets published is decided post by post (S2, S4).
import { defineRule } from '../rule';

export const contentNoPillars = defineRule({ id: 'content.no_pillars', step: 'content', source: ['S2', 'S4'] }, (ctx) =>
  ctx.cards('pillar').length > 0
    ? []
    : [
        {
          severity: 'warning',
          cardIds: [],
          message: {
            fr: 'Aucun pilier de contenu : on publiera au jour le jour, sans ligne éditoriale.',
            en: 'No content pillar: posts will be decided day by day, with no editorial line.',
          },
          fix: {
            fr: 'Définissez deux à quatre thèmes récurrents utiles à vos cibles, avec leurs formats et la part de contenu utile.',
            en: 'Define two to four recurring themes useful to your targets, with their formats and the share of useful content.',
          },
          quickFix: { kind: 'add_card', step: 'content', cardKind: 'pillar' },
        },
      ],
);
