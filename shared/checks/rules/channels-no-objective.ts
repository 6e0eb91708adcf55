// Warning: a channel that serves no objective costs effort for nothing the company asked for (S5, S4).
import { named } from '../read';
import { defineRule } from '../rule';

export const channelsNoObjective = defineRule({ id: 'channels.no_objective', step: 'channels', source: ['S5', 'S4'] }, (ctx) =>
  ctx
    .cards('channel')
    .filter((c) => !ctx.from(c.id, 'serves').some((l) => ctx.card(l.toCard)?.kind === 'objective'))
    .map((c) => ({
      severity: 'warning' as const,
      cardIds: [c.id],
      message: {
        fr: `Le canal ${named(c).fr} ne sert aucun objectif.`,
        en: `The channel ${named(c).en} serves no objective.`,
      },
      fix: {
        fr: 'Reliez-le à l’objectif qu’il fait avancer ; c’est la cible et l’objectif qui justifient un canal, pas la mode.',
        en: 'Link it to the objective it moves forward; a channel is justified by a target and an objective, not by fashion.',
      },
      quickFix: { kind: 'link_channel_objective' as const, channelId: c.id },
    })),
);
