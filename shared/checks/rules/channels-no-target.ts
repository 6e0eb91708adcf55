// Warning: channels linked to no target are a presence for its own sake (S5, S1).
import { listed } from '../listed';
import { defineRule } from '../rule';

export const channelsNoTarget = defineRule({ id: 'channels.no_target', step: 'channels', source: ['S5', 'S1'] }, (ctx) => {
  const loose = ctx.cards('channel').filter((c) => !ctx.from(c.id, 'reaches').some((l) => ctx.card(l.toCard)?.kind === 'persona'));
  if (loose.length === 0) return [];
  const found = listed(loose, {
    noun: { fr: ['canal', 'canaux'], en: ['channel', 'channels'] },
    one: (n) => ({ fr: `Le canal ${n.fr} ne touche aucune cible.`, en: `The channel ${n.en} reaches no target.` }),
    many: (k, n) => ({ fr: `${k.fr} ne touchent aucune cible : ${n.fr}.`, en: `${k.en} reach no target: ${n.en}.` }),
  });
  return [
    {
      severity: 'warning',
      ...found,
      fix: {
        fr: 'Reliez chacun aux cibles qu’il touche ; un canal qui n’en touche aucune est à laisser de côté.',
        en: 'Link each to the targets it reaches; a channel that reaches none is best left aside.',
      },
      quickFix: { kind: 'link_channel_target', channelIds: found.cardIds },
    },
  ];
});
