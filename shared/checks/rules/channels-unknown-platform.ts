// Tip: channels whose platform is not in the catalogue get default costs in the capacity and fit estimates (S4).
import { findPlatform } from '../../catalogue/platforms';
import { listed } from '../listed';
import { defineRule } from '../rule';

export const channelsUnknownPlatform = defineRule({ id: 'channels.unknown_platform', step: 'channels', source: ['S4'] }, (ctx) => {
  const unknown = ctx.cards('channel').filter((c) => !findPlatform(ctx.platforms, c.fields.platform));
  if (unknown.length === 0) return [];
  const found = listed(unknown, {
    noun: { fr: ['canal', 'canaux'], en: ['channel', 'channels'] },
    one: (n) => ({
      fr: `La plateforme du canal ${n.fr} n’est pas au catalogue (ou n’est pas indiquée) : ses coûts sont estimés par défaut.`,
      en: `The platform of the channel ${n.en} is not in the catalogue (or not given): its costs are default estimates.`,
    }),
    many: (k, n) => ({
      fr: `${k.fr} ont une plateforme absente du catalogue ou non indiquée, leurs coûts sont estimés par défaut : ${n.fr}.`,
      en: `${k.en} have a platform missing from the catalogue or not given, so their costs are default estimates: ${n.en}.`,
    }),
  });
  return [
    {
      severity: 'tip',
      ...found,
      field: 'platform',
      fix: {
        fr: 'Choisissez une plateforme du catalogue, ou ajoutez-la au catalogue de l’atelier avec son temps de modération et son rythme minimal.',
        en: 'Pick a platform from the catalogue, or add it to the workshop’s catalogue with its moderation time and minimum rhythm.',
      },
      quickFix: { kind: 'edit_field', cardId: found.cardIds[0]!, field: 'platform' },
    },
  ];
});
