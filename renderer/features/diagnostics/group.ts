// Pure views of the findings for the panel: grouped by severity then step, counted, keyed, and scores given a tone.
import { STEP_IDS, type StepId } from '../../../shared/model';
import { RULES, SEVERITIES, cardKey, type Finding, type Severity } from '../../../shared/checks';

export type GroupId = Severity | 'accepted';

export interface StepGroup {
  step: StepId;
  findings: Finding[];
}

export interface SeverityGroup {
  id: GroupId;
  count: number;
  steps: StepGroup[];
}

/** A finding's identity, the same one accepted findings are matched on. */
export const findingKey = (f: Pick<Finding, 'ruleId' | 'cardIds'>): string => `${f.ruleId}|${cardKey(f.cardIds)}`;

function byStep(findings: readonly Finding[]): StepGroup[] {
  const map = new Map<StepId, Finding[]>();
  for (const f of findings) {
    const list = map.get(f.step);
    if (list) list.push(f);
    else map.set(f.step, [f]);
  }
  return STEP_IDS.filter((s) => map.has(s)).map((step) => ({ step, findings: map.get(step)! }));
}

/** Open findings by severity (blockers first), then the accepted ones; empty groups left out; each by step order. */
export function groupFindings(findings: readonly Finding[]): SeverityGroup[] {
  const groups: SeverityGroup[] = [];
  for (const id of [...SEVERITIES, 'accepted'] as const) {
    const inGroup = findings.filter((f) => (id === 'accepted' ? f.accepted : !f.accepted && f.severity === id));
    if (inGroup.length > 0) groups.push({ id, count: inGroup.length, steps: byStep(inGroup) });
  }
  return groups;
}

export type Counts = Record<GroupId, number>;

export function countFindings(findings: readonly Finding[]): Counts {
  const counts: Counts = { blocker: 0, warning: 0, tip: 0, accepted: 0 };
  for (const f of findings) counts[f.accepted ? 'accepted' : f.severity] += 1;
  return counts;
}

const SEVERITY_RANK: Record<Severity, number> = { blocker: 0, warning: 1, tip: 2 };
/** A finding about the whole step (no card, or several) says more than one about a single card. */
const breadth = (f: Finding) => (f.cardIds.length === 1 ? 1 : 0);

/** The findings of one step: open ones by severity, the whole-step ones before single-card ones; accepted ones last. */
export function stepFindings(findings: readonly Finding[], step: StepId): Finding[] {
  const rank = (f: Finding) => (f.accepted ? 10 : 0) + SEVERITY_RANK[f.severity] * 2 + breadth(f);
  // Array.prototype.sort is stable, so runChecks' order holds within a rank.
  return findings.filter((f) => f.step === step).sort((a, b) => rank(a) - rank(b));
}

/** The steps some rule checks, in the guided order: the ones that have a score of their own. */
export const CHECKED_STEPS: readonly StepId[] = STEP_IDS.filter((s) => RULES.some((r) => r.step === s));

export type Tone = 'good' | 'fair' | 'poor';

/** How a score reads: good from 80, fair from 50, poor below (the overall score stays under 50 while a blocker is open). */
export function scoreTone(score: number): Tone {
  if (score >= 80) return 'good';
  if (score >= 50) return 'fair';
  return 'poor';
}
