// Warning: even at each platform's minimum rhythm, the channels need more hours than the team has (S5, S4).
import { capacity } from '../capacity';
import { channelFit } from '../fit';
import { fmt, ids, named } from '../read';
import { HOURS_MODEL } from '../thumbs';
import { defineRule } from '../rule';

export const channelsTooMany = defineRule(
  { id: 'channels.too_many', step: 'channels', source: ['S5', 'S4'], ruleOfThumb: HOURS_MODEL },
  (ctx, input) => {
    const channels = ctx.cards('channel');
    if (channels.length < 2) return [];
    const { available, needed, upkeep } = capacity(input, ctx.platforms);
    // With no hours recorded, resources.no_people speaks; when the plan itself is over, capacity.over gives the figure.
    if (available <= 0 || upkeep <= available || needed > available) return [];
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
          fr: `Même au rythme minimal de chaque plateforme, les ${channels.length} canaux demandent ${fmt(upkeep).fr} h par semaine ; l’équipe en a ${fmt(available).fr}.`,
          en: `Even at each platform’s minimum rhythm, the ${channels.length} channels need ${fmt(upkeep).en} h a week; the team has ${fmt(available).en}.`,
        },
        fix: {
          fr: `Commencez par moins de canaux : ${named(weakest).fr} est celui qui colle le moins à vos cibles et objectifs (score ${lowest}/100).`,
          en: `Start with fewer channels: ${named(weakest).en} fits your targets and objectives least (score ${lowest}/100).`,
        },
        quickFix: { kind: 'remove_channel', channelId: weakest.id },
      },
    ];
  },
);
