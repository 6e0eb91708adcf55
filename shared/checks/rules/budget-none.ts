// Blocker: no budget at all; free networks still cost tools, content, ads and people (S1, S2).
import { defineRule } from '../rule';

export const budgetNone = defineRule({ id: 'budget.none', step: 'resources', source: ['S1', 'S2'] }, (ctx) => {
  const budget = ctx.decided.budget;
  // Lines that state no amount are costs_missing's business; only a stated zero, or nothing, means "no budget".
  if (budget.decided && budget.value !== 0) return [];
  return [
    {
      severity: 'blocker',
      cardIds: [],
      message: {
        fr: 'Aucun budget n’est prévu : sans moyens pour les outils, les contenus et la publicité, la présence restera confidentielle.',
        en: 'No budget is planned: without money for tools, content and advertising, the presence will stay unseen.',
      },
      fix: {
        fr: 'Chiffrez au moins les postes de base : outils, contenus, publicité, temps des personnes. Un petit budget suffit s’il est adapté à la stratégie.',
        en: 'Cost at least the basics: tools, content, advertising, people’s time. A small budget is enough if the strategy fits it.',
      },
      quickFix: { kind: 'add_card', step: 'resources', cardKind: 'budget_line' },
    },
  ];
});
