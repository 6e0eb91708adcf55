// Warning: no budget line for listening and analytics tools; listening at scale needs them (S2).
import { defineRule } from '../rule';

export const listeningNoToolBudget = defineRule({ id: 'listening.no_tool_budget', step: 'resources', source: ['S2'] }, (ctx) =>
  ctx.decided.toolsBudgeted.value === true
    ? []
    : [
        {
          severity: 'warning',
          cardIds: [],
          message: {
            fr: 'Aucun budget n’est prévu pour les outils d’écoute et d’analyse.',
            en: 'No budget is set aside for listening and analytics tools.',
          },
          fix: {
            fr: 'Ajoutez une ligne « outils » : écoute des conversations, statistiques, planification ; même un petit montant vaut mieux que rien.',
            en: 'Add a “tools” line: conversation listening, analytics, scheduling; even a small amount beats nothing.',
          },
          quickFix: { kind: 'add_card', step: 'resources', cardKind: 'budget_line', fields: { category: 'tools' } },
        },
      ],
);
