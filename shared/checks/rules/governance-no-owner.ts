// Blocker: nobody is named in charge; a cross-department effort with no owner stalls (S3).
import { answered } from '../answers';
import { str } from '../read';
import { defineRule } from '../rule';

export const governanceNoOwner = defineRule({ id: 'governance.no_owner', step: 'governance', source: ['S3'] }, (ctx, input) => {
  const owners = ctx.cards('governance_rule').filter((g) => str(g, 'rule') === 'owner');
  if (owners.some((g) => str(g, 'who') !== undefined || ctx.to(g.id, 'owns').length > 0) || answered(input, 'owner')) return [];
  const blank = owners[0];
  return [
    {
      severity: 'blocker',
      cardIds: blank ? [blank.id] : [],
      ...(blank ? { field: 'who' } : {}),
      message: blank
        ? { fr: 'La règle « responsable » ne nomme personne.', en: 'The “owner” rule names nobody.' }
        : {
            fr: 'Personne n’est désigné comme responsable de la présence sociale.',
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
