// Warning: several targets with no order of importance; effort then goes to whoever shouts loudest (S1).
import { ids, namedList, num } from '../read';
import { defineRule } from '../rule';

export const targetsNotRanked = defineRule({ id: 'targets.not_ranked', step: 'targets', source: ['S1'] }, (ctx) => {
  const personas = ctx.cards('persona');
  // A single target has its own rule (targets.single); "ranked" answered yes settles the order.
  if (personas.length < 2 || (ctx.decided.targetsRanked.questions.length > 0 && ctx.decided.targetsRanked.value === true)) return [];
  const seen = new Map<number, number>();
  for (const p of personas) {
    const r = num(p, 'rank');
    if (r !== undefined) seen.set(r, (seen.get(r) ?? 0) + 1);
  }
  // Unranked cards, and cards sharing a rank with another, both leave the order undecided.
  const unclear = personas.filter((p) => {
    const r = num(p, 'rank');
    return r === undefined || (seen.get(r) ?? 0) > 1;
  });
  if (unclear.length === 0) return [];
  const names = namedList(unclear);
  return [
    {
      severity: 'warning',
      cardIds: ids(unclear),
      field: 'rank',
      message: {
        fr: `Les cibles ne sont pas classées par importance (${names.fr}).`,
        en: `The targets are not ranked by importance (${names.en}).`,
      },
      fix: {
        fr: 'Donnez à chaque cible un rang distinct (1 = la plus importante) ; un vote à points aide à trancher.',
        en: 'Give each target its own rank (1 = the most important); a dot vote helps decide.',
      },
    },
  ];
});
