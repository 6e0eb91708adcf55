// Warning: no transparency and ethics charter; bought fans or undisclosed sponsorship break trust (S2).
import { defineRule } from '../rule';

export const governanceNoCharter = defineRule({ id: 'governance.no_charter', step: 'governance', source: ['S2'] }, (ctx) =>
  ctx.decided.charter.value === true
    ? []
    : [
        {
          severity: 'warning',
          cardIds: [],
          message: {
            fr: 'Pas de charte de transparence : rien n’interdit d’acheter des abonnés ou de taire un partenariat payé.',
            en: 'No transparency charter: nothing rules out buying followers or hiding a paid partnership.',
          },
          fix: {
            fr: 'Adoptez une charte courte : pas de faux abonnés ni de faux avis, partenariats toujours signalés, erreurs reconnues.',
            en: 'Adopt a short charter: no fake followers or fake reviews, partnerships always disclosed, mistakes owned.',
          },
          quickFix: { kind: 'add_governance_rule', rule: 'charter' },
        },
      ],
);
