// Tip: an objection still open with no answer linked; the skeptic who raised it is not convinced yet (S3).
import { named, str } from '../read';
import { defineRule } from '../rule';

export const convinceOpenObjection = defineRule({ id: 'convince.open_objection', step: 'convince', source: ['S3'] }, (ctx) =>
  ctx
    .cards('objection')
    .filter((o) => str(o, 'status') !== 'answered' && ctx.to(o.id, 'answers').length === 0)
    .map((o) => ({
      severity: 'tip' as const,
      cardIds: [o.id],
      message: {
        fr: `L’objection ${named(o).fr} n’a pas encore de réponse.`,
        en: `The objection ${named(o).en} has no answer yet.`,
      },
      fix: {
        fr: 'Reliez-lui une réponse ou une preuve (un chiffre sourcé, l’exemple d’un concurrent), puis marquez-la comme traitée.',
        en: 'Link an answer or a piece of evidence to it (a sourced figure, a competitor’s example), then mark it as answered.',
      },
    })),
);
