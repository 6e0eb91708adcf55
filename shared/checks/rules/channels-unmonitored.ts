// Warning: a channel nobody watches leaves questions and complaints unanswered in public (S4, S2).
import { named, str } from '../read';
import { defineRule } from '../rule';

export const channelsUnmonitored = defineRule({ id: 'channels.unmonitored', step: 'channels', source: ['S4', 'S2'] }, (ctx) =>
  ctx
    .cards('channel')
    // A person or stakeholder who "owns" the channel counts as watching it.
    .filter((c) => str(c, 'monitoredBy') === undefined && ctx.to(c.id, 'owns').length === 0)
    .map((c) => ({
      severity: 'warning' as const,
      cardIds: [c.id],
      field: 'monitoredBy',
      message: {
        fr: `Personne n’est chargé de surveiller le canal ${named(c).fr} et d’y répondre.`,
        en: `Nobody is in charge of watching the channel ${named(c).en} and answering there.`,
      },
      fix: {
        fr: 'Nommez qui surveille et répond ; si personne ne peut le faire, mieux vaut ne pas ouvrir ce canal.',
        en: 'Name who watches and answers; if nobody can, better not to open this channel.',
      },
      quickFix: { kind: 'edit_field' as const, cardId: c.id, field: 'monitoredBy' },
    })),
);
