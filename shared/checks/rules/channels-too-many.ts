// Warning: even at each platform's minimum rhythm, the channels need more hours than the team has (S5, S4).
import { capacity, channelUpkeep } from '../capacity';
import { channelFit } from '../fit';
import { fmt, ids, named } from '../read';
import { defineRule } from '../rule';

export const channelsTooMany = defineRule({ id: 'channels.too_many', step: 'channels', source: ['S5', 'S4'] }, (ctx, input) => {
  const channels = ctx.cards('channel');
  if (channels.length < 2) return [];
  const { available } = capacity(input, ctx.platforms);
  // With no hours recorded, resources.no_people speaks instead.
  if (available <= 0) return [];
  const upkeep = channels.reduce((sum, c) => sum + channelUpkeep(c, ctx.platforms), 0);
  if (upkeep <= available) return [];
  let weakest = channels[0]!;
  let lowest = Infinity;
  for (const c of channels) {
    const score = channelFit(c, input, ctx.platforms).score;
    if (score < lowest) [weakest, lowest] = [c, score];
  }
  return [
    {
      severity: 'warning',
      cardIds: ids(channels),
      message: {
        fr: `${channels.length} canaux demandent au moins ${fmt(upkeep).fr} h par semaine pour rester vivants, l’équipe en a ${fmt(available).fr}.`,
        en: `${channels.length} channels need at least ${fmt(upkeep).en} h a week just to stay alive; the team has ${fmt(available).en}.`,
      },
      fix: {
        fr: `Commencez par moins de canaux : ${named(weakest).fr} est celui qui colle le moins à vos cibles et objectifs (score ${lowest}/100).`,
        en: `Start with fewer channels: ${named(weakest).en} fits your targets and objectives least (score ${lowest}/100).`,
      },
      quickFix: { kind: 'remove_channel', channelId: weakest.id },
    },
  ];
});
