// Warning: approval takes longer than the answer time the channels need; the moment passes before the post (S3).
import type { Card } from '../../model';
import { findPlatform } from '../../catalogue/platforms';
import { fmt, named, num, str } from '../read';
import { defineRule } from '../rule';

export const governanceSlowValidation = defineRule({ id: 'governance.slow_validation', step: 'governance', source: ['S3'] }, (ctx) => {
  // The fastest answer any channel needs: the team's own promise when it is stricter than the platform's norm.
  let need = Infinity;
  let strictest: Card | undefined;
  let platformName = '';
  const seen = new Set<string>();
  for (const c of ctx.cards('channel')) {
    const p = findPlatform(ctx.platforms, c.fields.platform);
    if (!p || seen.has(p.id)) continue;
    seen.add(p.id);
    let h = p.responseHours;
    for (const k of ctx.cadencesFor(p.id)) h = Math.min(h, num(k, 'responseTimeHours') ?? Infinity);
    if (h < need) [need, strictest, platformName] = [h, c, p.name];
  }
  const channel = strictest;
  if (!channel) return [];
  return ctx
    .cards('governance_rule')
    .filter((g) => str(g, 'rule') === 'validation' && (num(g, 'maxDelayHours') ?? 0) > need)
    .map((g) => ({
      severity: 'warning' as const,
      cardIds: [g.id],
      field: 'maxDelayHours',
      message: {
        fr: `La validation ${named(g).fr} peut prendre ${fmt(num(g, 'maxDelayHours')!).fr} h, alors qu’il faut répondre en ${fmt(need).fr} h sur ${platformName} (${named(channel).fr}).`,
        en: `Approval ${named(g).en} may take ${fmt(num(g, 'maxDelayHours')!).en} h, while ${platformName} (${named(channel).en}) needs answers within ${fmt(need).en} h.`,
      },
      fix: {
        fr: 'Raccourcissez le circuit : réponses types validées à l’avance, délégation au responsable, seuls les cas sensibles remontent.',
        en: 'Shorten the workflow: answers approved in advance, authority delegated to the owner, only sensitive cases escalated.',
      },
      quickFix: { kind: 'edit_field' as const, cardId: g.id, field: 'maxDelayHours' },
    }));
});
