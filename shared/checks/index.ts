// The strategy health check: runs every rule, marks accepted findings, sorts them and scores each step.
import { STEP_IDS, type StepId } from '../model';
import { RULES } from './rules';
import { SEVERITIES, type AcceptedFinding, type CheckInput, type Finding, type Severity } from './types';

export * from './types';
export { RULES } from './rules';
export { capacity, channelUpkeep, type Capacity, type CapacityLine } from './capacity';
export { channelFit, type ChannelFit, type FitCriterion, type FitReason } from './fit';

/** The key an accepted finding is matched on: its card ids, sorted, joined by commas ('' for none). */
export function cardKey(cardIds: readonly string[]): string {
  return [...cardIds].sort().join(',');
}

const severityRank = (s: Severity) => SEVERITIES.indexOf(s);
const stepRank = (s: StepId) => STEP_IDS.indexOf(s);

/** Every finding, sorted by severity, then step order, then rule and cards; accepted ones (input.accepted by default) stay, marked. */
export function runChecks(input: CheckInput, accepted: readonly AcceptedFinding[] = input.accepted ?? []): Finding[] {
  const reasons = new Map(accepted.map((a) => [`${a.ruleId}|${a.cardKey}`, a.reason]));
  const findings: Finding[] = [];
  for (const rule of RULES) {
    for (const f of rule.run(input)) {
      const reason = reasons.size > 0 ? reasons.get(`${f.ruleId}|${cardKey(f.cardIds)}`) : undefined;
      findings.push(reason === undefined ? f : { ...f, accepted: true, acceptedReason: reason });
    }
  }
  const keyed = findings.map((f) => ({ f, key: cardKey(f.cardIds) }));
  keyed.sort(
    (a, b) =>
      severityRank(a.f.severity) - severityRank(b.f.severity) ||
      stepRank(a.f.step) - stepRank(b.f.step) ||
      (a.f.ruleId < b.f.ruleId ? -1 : a.f.ruleId > b.f.ruleId ? 1 : 0) ||
      (a.key < b.key ? -1 : a.key > b.key ? 1 : 0),
  );
  return keyed.map((k) => k.f);
}

/** Points an open finding takes off its step's score. */
export const PENALTY: Record<Severity, number> = { blocker: 40, warning: 15, tip: 5 };
/** The overall score cannot pass this while a blocker is open: the strategy does not hold yet. */
export const BLOCKED_CEILING = 49;

export interface HealthScore {
  overall: number;
  steps: Record<StepId, number>;
}

/**
 * Step score = max(0, 100 - sum of the penalties of its open findings); accepted findings cost nothing.
 * Overall = the rounded mean of the scores of the steps some rule checks, capped at 49 while any blocker is open.
 */
export function healthScore(findings: readonly Finding[]): HealthScore {
  const steps = Object.fromEntries(STEP_IDS.map((s) => [s, 100])) as Record<StepId, number>;
  let blocked = false;
  for (const f of findings) {
    if (f.accepted) continue;
    steps[f.step] = Math.max(0, steps[f.step] - PENALTY[f.severity]);
    if (f.severity === 'blocker') blocked = true;
  }
  const checked = [...new Set(RULES.map((r) => r.step))];
  const mean = checked.reduce((sum, s) => sum + steps[s], 0) / checked.length;
  const overall = Math.round(blocked ? Math.min(mean, BLOCKED_CEILING) : mean);
  return { overall, steps };
}
