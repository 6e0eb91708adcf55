// Warning: a channel posted to less often than its platform needs looks abandoned; 1-2 posts a week is rarely enough (S4).
import type { Card } from '../../model';
import { findPlatform } from '../../catalogue/platforms';
import { fmt, named, num } from '../read';
import { defineRule, type Draft } from '../rule';

export const contentCadenceLow = defineRule({ id: 'content.cadence_low', step: 'content', source: ['S4'] }, (ctx) => {
  const drafts: Draft[] = [];
  const seen = new Set<string>();
  for (const c of ctx.cards('channel')) {
    const platform = findPlatform(ctx.platforms, c.fields.platform);
    // Without a known platform there is no minimum to compare with.
    if (!platform || seen.has(platform.id)) continue;
    seen.add(platform.id);
    const cadences: Card[] = ctx.cadencesFor(platform.id);
    const posts = cadences.reduce((s, k) => s + (num(k, 'postsPerWeek') ?? 0), 0);
    if (posts >= platform.minPostsPerWeek) continue;
    const min = fmt(platform.minPostsPerWeek);
    drafts.push({
      severity: 'warning',
      cardIds: [c.id, ...cadences.map((k) => k.id).sort()],
      field: 'postsPerWeek',
      message:
        cadences.length === 0
          ? {
              fr: `Aucun rythme de publication n’est prévu pour ${named(c).fr} (${platform.name}).`,
              en: `No posting rhythm is planned for ${named(c).en} (${platform.name}).`,
            }
          : {
              fr: `${fmt(posts).fr} publication(s) par semaine sur ${platform.name}, il en faut au moins ${min.fr} pour que le compte paraisse vivant.`,
              en: `${fmt(posts).en} post(s) a week on ${platform.name}; it needs at least ${min.en} for the account to look alive.`,
            },
      fix: {
        fr: `Prévoyez au moins ${min.fr} publication(s) par semaine sur ${platform.name}, ou renoncez à ce canal plutôt que de le laisser en sommeil.`,
        en: `Plan at least ${min.en} post(s) a week on ${platform.name}, or give the channel up rather than leave it dormant.`,
      },
      ...(cadences.length === 0
        ? { quickFix: { kind: 'add_card', step: 'content', cardKind: 'cadence', fields: { platform: platform.id } } }
        : {}),
    });
  }
  return drafts;
});
