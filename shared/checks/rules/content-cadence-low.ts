// Warning: channels posted to less often than their platform needs look abandoned; 1-2 posts a week is rarely enough (S4).
import type { Card } from '../../model';
import { findPlatform, type Platform } from '../../catalogue/platforms';
import { countWord } from '../../locale/plural';
import { listed } from '../listed';
import { fmt, ids } from '../read';
import { PLATFORM_NORMS } from '../thumbs';
import { defineRule, type Draft } from '../rule';

export const contentCadenceLow = defineRule(
  { id: 'content.cadence_low', step: 'content', source: ['S4'], ruleOfThumb: PLATFORM_NORMS },
  (ctx) => {
    const { value } = ctx.decided.cadence;
    const byPlatform = value?.byPlatform;
    const unplanned: { channel: Card; platform: Platform }[] = [];
    const low: { channel: Card; platform: Platform; posts: number }[] = [];
    const seen = new Set<string>();
    for (const c of ctx.cards('channel')) {
      const platform = findPlatform(ctx.platforms, c.fields.platform);
      // Without a known platform there is no minimum to compare with.
      if (!platform || seen.has(platform.id)) continue;
      seen.add(platform.id);
      const posts = byPlatform?.get(platform.id);
      if (posts === undefined) unplanned.push({ channel: c, platform });
      else if (posts < platform.minPostsPerWeek) low.push({ channel: c, platform, posts });
    }
    const drafts: Draft[] = [];
    // The all-channel answer covers the channels with no cadence card of their own, if it reaches their minimums together.
    const total = value?.total;
    const floor = unplanned.reduce((s, u) => s + u.platform.minPostsPerWeek, 0);
    if (unplanned.length > 0 && total === undefined) {
      const found = listed(
        unplanned.map((u) => u.channel),
        {
          noun: { fr: ['canal', 'canaux'], en: ['channel', 'channels'] },
          one: (n) => ({ fr: `Aucun rythme de publication n’est prévu pour ${n.fr}.`, en: `No posting rhythm is planned for ${n.en}.` }),
          many: (k, n) => ({
            fr: `${k.fr} n’ont aucun rythme de publication prévu : ${n.fr}.`,
            en: `${k.en} have no posting rhythm planned: ${n.en}.`,
          }),
        },
      );
      const first = unplanned[0]!.platform;
      drafts.push({
        severity: 'warning',
        ...found,
        field: 'postsPerWeek',
        message: found.message,
        fix: {
          fr: `Prévoyez pour chacun un nombre de publications par semaine (au moins ${unplanned.map((u) => `${fmt(u.platform.minPostsPerWeek).fr} sur ${u.platform.name}`).join(', ')}), ou renoncez aux canaux que vous ne pourrez pas tenir.`,
          en: `Plan a number of posts a week for each (at least ${unplanned.map((u) => `${fmt(u.platform.minPostsPerWeek).en} on ${u.platform.name}`).join(', ')}), or give up the channels you cannot keep up.`,
        },
        quickFix: { kind: 'add_card', step: 'content', cardKind: 'cadence', fields: { platform: first.id } },
      });
    } else if (unplanned.length > 0 && total !== undefined && total < floor) {
      drafts.push({
        severity: 'warning',
        cardIds: ids(unplanned.map((u) => u.channel)),
        field: 'postsPerWeek',
        message: {
          fr: `${fmt(total).fr} ${countWord('fr', total, ['publication', 'publications'])} par semaine pour ${unplanned.map((u) => u.platform.name).join(', ')} : il en faut au moins ${fmt(floor).fr} pour que ces comptes paraissent vivants.`,
          en: `${fmt(total).en} ${countWord('en', total, ['post', 'posts'])} a week for ${unplanned.map((u) => u.platform.name).join(', ')}: they need at least ${fmt(floor).en} to look alive.`,
        },
        fix: {
          fr: `Portez le rythme à ${fmt(floor).fr} publications par semaine au moins, ou gardez moins de canaux.`,
          en: `Raise the rhythm to at least ${fmt(floor).en} posts a week, or keep fewer channels.`,
        },
      });
    }
    if (low.length > 0) {
      const say = (lang: 'fr' | 'en') =>
        low
          .map((l) =>
            lang === 'fr'
              ? `${fmt(l.posts).fr} sur ${l.platform.name} (minimum ${fmt(l.platform.minPostsPerWeek).fr})`
              : `${fmt(l.posts).en} on ${l.platform.name} (minimum ${fmt(l.platform.minPostsPerWeek).en})`,
          )
          .join(', ');
      const cadences = low.flatMap((l) => ctx.cadencesFor(l.platform.id));
      drafts.push({
        severity: 'warning',
        cardIds: ids([...low.map((l) => l.channel), ...cadences]),
        field: 'postsPerWeek',
        message: {
          fr: `Rythme trop faible pour que le compte paraisse vivant, en publications par semaine : ${say('fr')}.`,
          en: `Rhythm too low for the account to look alive, in posts a week: ${say('en')}.`,
        },
        fix: {
          fr: 'Atteignez au moins le minimum de chaque plateforme, ou renoncez à ce canal plutôt que de le laisser en sommeil.',
          en: 'Reach at least each platform’s minimum, or give the channel up rather than leave it dormant.',
        },
        ...(cadences[0] ? { quickFix: { kind: 'edit_field' as const, cardId: cadences[0].id, field: 'postsPerWeek' } } : {}),
      });
    }
    return drafts;
  },
);
