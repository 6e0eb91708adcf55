// Warning: budget lines without an amount; with costs unknown, the return on investment cannot be computed (S3, S1).
import { ids, namedList, num } from '../read';
import { defineRule } from '../rule';

export const budgetCostsMissing = defineRule({ id: 'budget.costs_missing', step: 'resources', source: ['S3', 'S1'] }, (ctx) => {
  const blank = ctx.cards('budget_line').filter((b) => num(b, 'amount') === undefined);
  if (blank.length === 0) return [];
  const names = namedList(blank);
  return [
    {
      severity: 'warning',
      cardIds: ids(blank),
      field: 'amount',
      message: {
        fr: `Montant manquant pour ${names.fr} : sans les coûts, impossible de calculer le retour sur investissement.`,
        en: `Amount missing for ${names.en}: without the costs, the return on investment cannot be computed.`,
      },
      fix: {
        fr: 'Donnez un montant estimé et sa période (ponctuel, par mois, par an) ; une fourchette vaut mieux qu’un blanc.',
        en: 'Give an estimated amount and its period (one-off, monthly, yearly); a rough figure beats a blank.',
      },
      ...(blank.length === 1 ? { quickFix: { kind: 'edit_field' as const, cardId: blank[0]!.id, field: 'amount' } } : {}),
    },
  ];
});
