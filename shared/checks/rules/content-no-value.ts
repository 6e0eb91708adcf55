// Warning: no pillar brings value (useful, entertaining, informative) content; nothing earns attention (S2).
import { ids } from '../read';
import { defineRule } from '../rule';

export const contentNoValue = defineRule({ id: 'content.no_value', step: 'content', source: ['S2'] }, (ctx) => {
  const pillars = ctx.cards('pillar');
  const share = ctx.decided.valueShare;
  // With no pillar and no answer, content.no_pillars speaks.
  if ((pillars.length === 0 && !share.decided) || (share.value ?? 0) > 0) return [];
  const unstated = !share.decided;
  return [
    {
      severity: 'warning',
      cardIds: ids(pillars),
      field: 'valueShare',
      message: unstated
        ? {
            fr: 'Aucun pilier ne dit quelle part de son contenu apporte de la valeur plutôt que de vendre.',
            en: 'No pillar says what share of its content brings value rather than selling.',
          }
        : {
            fr: 'Aucun pilier n’apporte de contenu utile : tout est commercial.',
            en: 'No pillar brings useful content: everything is commercial.',
          },
      fix: {
        fr: 'Prévoyez des contenus qui aident, informent ou divertissent vos cibles, et indiquez leur part pour chaque pilier.',
        en: 'Plan content that helps, informs or entertains your targets, and state its share for each pillar.',
      },
    },
  ];
});
