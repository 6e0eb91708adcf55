// Tip: one target only, and not ranked: the other audiences were neither weighed nor set aside (S3, S4).
import { defineRule } from '../rule';

export const targetsSingle = defineRule({ id: 'targets.single', step: 'targets', source: ['S3', 'S4'] }, (ctx) => {
  const personas = ctx.cards('persona');
  // Ranked on its card, or "ranked" answered yes: the group did weigh the others.
  if (personas.length !== 1 || ctx.decided.targetsRanked.value === true) return [];
  const only = personas[0]!;
  return [
    {
      severity: 'tip',
      cardIds: [only.id],
      field: 'rank',
      message: {
        fr: 'Une seule cible, sans rang : les autres publics (clients, prescripteurs, candidats, presse) n’ont été ni pesés ni écartés.',
        en: 'One target only, unranked: the other audiences (customers, influencers, candidates, press) were neither weighed nor set aside.',
      },
      fix: {
        fr: 'Listez les autres publics possibles, classez-les, et dites lesquels vous laissez de côté pour l’instant ; donnez le rang 1 à celle-ci si elle reste la priorité.',
        en: 'List the other possible audiences, rank them, and say which you leave aside for now; give this one rank 1 if it stays the priority.',
      },
      quickFix: { kind: 'edit_field', cardId: only.id, field: 'rank' },
    },
  ];
});
