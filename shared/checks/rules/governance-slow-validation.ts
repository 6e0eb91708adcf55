// Warning: approval takes longer than the answer time the channels need; the moment passes before the post (S3).
import type { Card } from '../../model';
import { findPlatform, type Platform } from '../../catalogue/platforms';
import type { Text } from '../../catalogue/types';
import { fmt, named, num, onPlatform, str } from '../read';
import { PLATFORM_NORMS } from '../thumbs';
import { defineRule, type Draft } from '../rule';

const FIX: Text = {
  fr: 'Raccourcissez le circuit : réponses types validées à l’avance, délégation au responsable, seuls les cas sensibles remontent.',
  en: 'Shorten the workflow: answers approved in advance, authority delegated to the owner, only sensitive cases escalated.',
};

export const governanceSlowValidation = defineRule(
  { id: 'governance.slow_validation', step: 'governance', source: ['S3'], ruleOfThumb: PLATFORM_NORMS },
  (ctx) => {
    // The fastest answer any channel needs: the team's own promise when it is stricter than the platform's norm.
    let need = Infinity;
    let strictest: Card | undefined;
    let platform: Platform | undefined;
    const seen = new Set<string>();
    for (const c of ctx.cards('channel')) {
      const p = findPlatform(ctx.platforms, c.fields.platform);
      if (!p || seen.has(p.id)) continue;
      seen.add(p.id);
      let h = p.responseHours;
      for (const k of ctx.cadencesFor(p.id)) h = Math.min(h, num(k, 'responseTimeHours') ?? Infinity);
      if (h < need) [need, strictest, platform] = [h, c, p];
    }
    const channel = strictest;
    if (!channel || !platform) return [];
    const where = onPlatform(platform, channel);
    const say = (delay: number, what: Text): Draft['message'] => ({
      fr: `${what.fr} peut prendre ${fmt(delay).fr} h, alors qu’il faut répondre en ${fmt(need).fr} h sur ${where.fr}.`,
      en: `${what.en} may take ${fmt(delay).en} h, while ${where.en} needs answers within ${fmt(need).en} h.`,
    });
    const rules = ctx.cards('governance_rule').filter((g) => str(g, 'rule') === 'validation' && num(g, 'maxDelayHours') !== undefined);
    if (rules.length === 0) {
      // No card states a delay: the answer to the guided question stands in.
      const delay = ctx.decided.validation.value;
      return delay !== undefined && delay > need
        ? [{ severity: 'warning', cardIds: [], message: say(delay, { fr: 'La validation', en: 'Approval' }), fix: FIX }]
        : [];
    }
    return rules
      .filter((g) => num(g, 'maxDelayHours')! > need)
      .map((g) => ({
        severity: 'warning' as const,
        cardIds: [g.id],
        field: 'maxDelayHours',
        message: say(
          num(g, 'maxDelayHours')!,
          g.title.trim() ? { fr: `La validation ${named(g).fr}`, en: `Approval ${named(g).en}` } : { fr: 'La validation', en: 'Approval' },
        ),
        fix: FIX,
        quickFix: { kind: 'edit_field' as const, cardId: g.id, field: 'maxDelayHours' },
      }));
  },
);
