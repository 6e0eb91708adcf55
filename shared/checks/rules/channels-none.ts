// Blocker: no channel chosen; the strategy has nowhere to happen (S4).
import { defineRule } from '../rule';

export const channelsNone = defineRule({ id: 'channels.none', step: 'channels', source: ['S4'] }, (ctx) =>
  ctx.decided.channels.decided
    ? []
    : [
        {
          severity: 'blocker',
          cardIds: [],
          message: {
            fr: 'Aucun canal n’est choisi.',
            en: 'No channel has been chosen.',
          },
          fix: {
            fr: 'Choisissez les un ou deux réseaux où vos cibles prioritaires s’expriment déjà, et que l’équipe peut suivre.',
            en: 'Pick the one or two networks where your main targets already talk, and that the team can keep up with.',
          },
          quickFix: { kind: 'add_card', step: 'channels', cardKind: 'channel' },
        },
      ],
);
