// Runs the health check once per workshop data object, so every view of it (score, panel, gauge) shares one run.
import { capacity, healthScore, runChecks, type Capacity, type CheckInput, type Finding, type HealthScore } from '../../../shared/checks';
import type { WorkshopData } from '../../../shared/model';

export interface Diagnosis {
  /** The input the checks read; capacity and channel fit reuse it so their caches are shared. */
  input: CheckInput;
  findings: Finding[];
  score: HealthScore;
  capacity: Capacity;
}

const cache = new WeakMap<WorkshopData, Diagnosis>();

/** The diagnosis of a workshop; the store replaces `data` on every edit, so the object is a safe cache key. */
export function diagnose(data: WorkshopData): Diagnosis {
  let found = cache.get(data);
  if (!found) {
    const input: CheckInput = { ...data, accepted: data.accepted };
    const findings = runChecks(input);
    found = { input, findings, score: healthScore(findings), capacity: capacity(input) };
    cache.set(data, found);
  }
  return found;
}
