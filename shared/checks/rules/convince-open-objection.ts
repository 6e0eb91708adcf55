// Tip: objections still open with no answer linked; the skeptics who raised them are not convinced yet (S3).
import { listed } from '../listed';
import { str } from '../read';
import { defineRule } from '../rule';

export const convinceOpenObjection = defineRule({ id: 'convince.open_objection', step: 'convince', source: ['S3'] }, (ctx) => {
  const open = ctx.cards('objection').filter((o) => str(o, 'status') !== 'answered' && ctx.to(o.id, 'answers').length === 0);
  if (open.length === 0) return [];
  return [
    {
      severity: 'tip',
      ...listed(open, {
        noun: { fr: ['objection', 'objections'], en: ['objection', 'objections'] },
        one: (n) => ({ fr: `L’objection ${n.fr} n’a pas encore de réponse.`, en: `The objection ${n.en} has no answer yet.` }),
        many: (k, n) => ({ fr: `${k.fr} n’ont pas encore de réponse : ${n.fr}.`, en: `${k.en} have no answer yet: ${n.en}.` }),
      }),
      fix: {
        fr: 'Reliez à chacune une réponse ou une preuve (un chiffre sourcé, l’exemple d’un concurrent), puis marquez-la comme traitée.',
        en: 'Link an answer or a piece of evidence to each (a sourced figure, a competitor’s example), then mark it as answered.',
      },
    },
  ];
});
