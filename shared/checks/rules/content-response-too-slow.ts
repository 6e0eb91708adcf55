// Tip: the response time promised on a channel is slower than what people there expect (S2, S4).
import { findPlatform } from '../../catalogue/platforms';
import { fmt, num, onPlatform } from '../read';
import { PLATFORM_NORMS } from '../thumbs';
import { defineRule, type Draft } from '../rule';

export const contentResponseTooSlow = defineRule(
  { id: 'content.response_too_slow', step: 'content', source: ['S2', 'S4'], ruleOfThumb: PLATFORM_NORMS },
  (ctx) => {
    // The workshop-wide promise; a channel's own cadence promise wins over it.
    const d = ctx.decided.responseTime;
    const general = d.questions.length > 0 ? d.value : undefined;
    const drafts: Draft[] = [];
    const seen = new Set<string>();
    for (const c of ctx.cards('channel')) {
      const platform = findPlatform(ctx.platforms, c.fields.platform);
      if (!platform || seen.has(platform.id)) continue;
      seen.add(platform.id);
      const promising = ctx.cadencesFor(platform.id).filter((k) => num(k, 'responseTimeHours') !== undefined);
      // The channel's own promise wins over the workshop-wide answer.
      const promise = promising.length > 0 ? promising.reduce((m, k) => Math.min(m, num(k, 'responseTimeHours')!), Infinity) : general;
      if (promise === undefined || promise <= platform.responseHours) continue;
      const where = onPlatform(platform, c);
      drafts.push({
        severity: 'tip',
        cardIds: [c.id, ...promising.map((k) => k.id).sort()],
        field: 'responseTimeHours',
        message: {
          fr: `Sur ${where.fr}, la réponse est promise en ${fmt(promise).fr} h alors qu’on y attend une réponse en ${fmt(platform.responseHours).fr} h.`,
          en: `On ${where.en}, answers are promised within ${fmt(promise).en} h while people there expect one within ${fmt(platform.responseHours).en} h.`,
        },
        fix: {
          fr: 'Raccourcissez le délai (une première réponse d’attente suffit souvent), ou prévoyez plus de temps de veille sur ce canal.',
          en: 'Shorten the delay (a first holding reply is often enough), or plan more monitoring time on this channel.',
        },
      });
    }
    return drafts;
  },
);
