// Blocker: nobody is named in charge; a cross-department effort with no owner stalls (S3).
import { str } from '../read';
import { defineRule } from '../rule';

export const governanceNoOwner = defineRule({ id: 'governance.no_owner', step: 'governance', source: ['S3'] }, (ctx) => {
  if (ctx.decided.owner.decided) return [];
  // An owner rule card that names nobody is where to act.
  const blank = ctx.cards('governance_rule').find((g) => str(g, 'rule') === 'owner');
  return [
    {
      severity: 'blocker',
      cardIds: blank ? [blank.id] : [],
      ...(blank ? { field: 'who' } : {}),
      message: blank
        ? { fr: 'La règle « responsable » ne nomme personne.', en: 'The “owner” rule names nobody.' }
        : {
            fr: 'Personne n’est désigné comme responsable de la présence sur les réseaux sociaux.',
            en: 'Nobody is named as owner of the social media presence.',
          },
      fix: {
        fr: 'Nommez une personne responsable, avec le mandat de décider au quotidien et l’accès à la direction.',
        en: 'Name one person in charge, with a mandate to decide day to day and access to management.',
      },
      quickFix: blank ? { kind: 'edit_field', cardId: blank.id, field: 'who' } : { kind: 'add_governance_rule', rule: 'owner' },
    },
  ];
});
