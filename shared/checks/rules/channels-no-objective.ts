// Warning: channels that serve no objective cost effort for nothing the company asked for (S5, S4).
import { listed } from '../listed';
import { defineRule } from '../rule';

export const channelsNoObjective = defineRule({ id: 'channels.no_objective', step: 'channels', source: ['S5', 'S4'] }, (ctx) => {
  const loose = ctx.cards('channel').filter((c) => !ctx.from(c.id, 'serves').some((l) => ctx.card(l.toCard)?.kind === 'objective'));
  if (loose.length === 0) return [];
  const found = listed(loose, {
    noun: { fr: ['canal', 'canaux'], en: ['channel', 'channels'] },
    one: (n) => ({ fr: `Le canal ${n.fr} ne sert aucun objectif.`, en: `The channel ${n.en} serves no objective.` }),
    many: (k, n) => ({ fr: `${k.fr} ne servent aucun objectif : ${n.fr}.`, en: `${k.en} serve no objective: ${n.en}.` }),
  });
  return [
    {
      severity: 'warning',
      ...found,
      fix: {
        fr: 'Reliez chacun à l’objectif qu’il fait avancer ; c’est la cible et l’objectif qui justifient un canal, pas la mode.',
        en: 'Link each to the objective it moves forward; a channel is justified by a target and an objective, not by fashion.',
      },
      quickFix: { kind: 'link_channel_objective', channelIds: found.cardIds },
    },
  ];
});
