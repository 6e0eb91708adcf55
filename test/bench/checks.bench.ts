// Every check (decisions read once, every rule) on a 2,000-card, 2,000-link workshop; baseline: one plain pass over the same cards and links.
import { runChecks } from '../../shared/checks';
import { bigWorkshop } from '../fixtures/big-workshop';
import { ms, time, type BenchReport } from './harness';

export function run(): BenchReport {
  const ws = bigWorkshop(2_000);
  let findings = 0;
  // A fresh input object each time: the per-input caches (context, decisions, capacity) must not hide the real cost.
  const checks = time(() => {
    findings = runChecks({ ...ws }).length;
  }, 200);
  // The floor any rule set pays: reading each card's fields and each link once.
  let sink = 0; // kept so the loop is not optimised away
  const floor = time(() => {
    for (const c of ws.cards) sink += Object.keys(c.fields).length;
    for (const l of ws.links) sink += l.kind.length;
  }, 200);
  return {
    title: `Strategy health check: ${ws.cards.length} cards, ${ws.links.length} links (${findings} findings)`,
    table: [
      { label: 'runChecks (every rule)', ...checks },
      { label: 'baseline: one pass over cards and links', ...floor },
    ],
    verdicts: [
      `p95 of a full check: ${ms(checks.p95)} (target under 20 ms): ${checks.p95 < 20 ? 'met' : 'NOT met'}.`,
      `ratio to one plain pass (p50): ${(checks.p50 / Math.max(floor.p50, 1e-6)).toFixed(1)}x (checksum ${sink % 7}).`,
    ],
  };
}
