// Warning: a channel linked to no target is a presence for its own sake (S5, S1).
import { named } from '../read';
import { defineRule } from '../rule';

export const channelsNoTarget = defineRule({ id: 'channels.no_target', step: 'channels', source: ['S5', 'S1'] }, (ctx) =>
  ctx
    .cards('channel')
    .filter((c) => !ctx.from(c.id, 'reaches').some((l) => ctx.card(l.toCard)?.kind === 'persona'))
    .map((c) => ({
      severity: 'warning' as const,
      cardIds: [c.id],
      message: {
        fr: `Le canal ${named(c).fr} ne touche aucune cible.`,
        en: `The channel ${named(c).en} reaches no target.`,
      },
      fix: {
        fr: 'Reliez-le aux cibles qu’il touche ; s’il n’en touche aucune, laissez-le de côté.',
        en: 'Link it to the targets it reaches; if it reaches none, leave it aside.',
      },
      quickFix: { kind: 'link_channel_target' as const, channelId: c.id },
    })),
);
