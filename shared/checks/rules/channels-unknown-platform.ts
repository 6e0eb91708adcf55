// Tip: a channel whose platform is not in the catalogue gets default costs in the capacity and fit estimates (S4).
import { findPlatform } from '../../catalogue/platforms';
import { named, str } from '../read';
import { defineRule } from '../rule';

export const channelsUnknownPlatform = defineRule({ id: 'channels.unknown_platform', step: 'channels', source: ['S4'] }, (ctx) =>
  ctx
    .cards('channel')
    .filter((c) => !findPlatform(ctx.platforms, c.fields.platform))
    .map((c) => {
      const given = str(c, 'platform');
      return {
        severity: 'tip' as const,
        cardIds: [c.id],
        field: 'platform',
        message: given
          ? {
              fr: `La plateforme « ${given} » du canal ${named(c).fr} n’est pas au catalogue.`,
              en: `The platform “${given}” of the channel ${named(c).en} is not in the catalogue.`,
            }
          : {
              fr: `Le canal ${named(c).fr} ne dit pas de quelle plateforme il s’agit.`,
              en: `The channel ${named(c).en} does not say which platform it is.`,
            },
        fix: {
          fr: 'Choisissez une plateforme du catalogue, ou ajoutez-la au catalogue de l’atelier avec son temps de modération et son rythme minimal.',
          en: 'Pick a platform from the catalogue, or add it to the workshop’s catalogue with its moderation time and minimum rhythm.',
        },
        quickFix: { kind: 'edit_field' as const, cardId: c.id, field: 'platform' },
      };
    }),
);
