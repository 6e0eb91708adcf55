// Eight realistic workshops built through the contract: the findings a consultant expects appear, the ones the group
// already settled do not, and every hour figure says the same number in the findings, the gauge and the document.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { capacity, runChecks } from '../../shared/checks';
import { fmt } from '../../shared/checks/read';
import { analyse } from '../../shared/document/facts';
import { formatHours } from '../../shared/document/format';
import { capacityCallout } from '../../shared/document/sections/money';
import type { WorkshopData } from '../../shared/model';
import { gaugeOf, formatHours as uiHours } from '../../renderer/features/diagnostics/capacityView';
import { diagnose } from '../../renderer/features/diagnostics/compute';
import { makeHost } from '../helpers/host';
import { build, type Scenario } from './build';
import { b2b, ngo, publicBody, retail } from './workshops-a';
import { industrial, luxury, restaurant, startup } from './workshops-b';

const SCENARIOS: Scenario[] = [retail, b2b, publicBody, ngo, startup, luxury, restaurant, industrial];
const host = makeHost();
afterAll(() => host.dispose());

const built = new Map<string, WorkshopData>();
beforeAll(async () => {
  for (const s of SCENARIOS) built.set(s.name, await build(host, s));
});
const data = (s: Scenario) => built.get(s.name)!;

/** Every "12,5 h" / "12.5 h" figure in a text. */
const hoursIn = (text: string) => [...text.matchAll(/(\d+(?:[.,]\d+)?)\s?h\b/g)].map((m) => m[1]!);

describe.each(SCENARIOS.map((s) => [s.name, s] as const))('%s', (_name, s) => {
  it('says what a consultant expects, and nothing the group already settled', () => {
    const d = data(s);
    const ids = runChecks({ ...d, today: d.workshop.date ?? undefined }).map((f) => f.ruleId);
    for (const id of s.expect) expect(ids, `expected ${id}`).toContain(id);
    for (const id of s.forbid) expect(ids, `must not say ${id}`).not.toContain(id);
    // One finding per rule and problem: never the same rule twice on the same cards.
    const keys = runChecks(d).map((f) => `${f.ruleId}|${f.cardIds.join(',')}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('gives one figure for each quantity of hours: findings, gauge and document agree', () => {
    const d = data(s);
    const cap = capacity(d);
    const diagnosis = diagnose(d);
    const gauge = gaugeOf(diagnosis.capacity);
    const facts = analyse({ ...d, accepted: d.accepted });
    expect([gauge.needed, gauge.available]).toEqual([cap.needed, cap.available]);
    expect([facts.capacity.needed, facts.capacity.available]).toEqual([cap.needed, cap.available]);
    for (const language of ['fr', 'en'] as const) {
      const allowed = new Set([cap.needed, cap.available, cap.upkeep].map((n) => fmt(n)[language]));
      for (const f of diagnosis.findings.filter((x) => ['capacity.over', 'channels.too_many'].includes(x.ruleId))) {
        // The headline sentence; the heaviest item that may follow is one line of the breakdown, not a total.
        const headline = f.message[language].split(/\.\s/)[0]!;
        for (const h of hoursIn(headline)) expect(allowed, `${f.ruleId}: ${h} h`).toContain(h);
      }
      // The interface, the document and the findings write the same number the same way.
      for (const n of [cap.needed, cap.available]) {
        expect(uiHours(n, language)).toBe(fmt(n)[language]);
        expect(formatHours(language, n).replace(/\s?h$/, '')).toBe(fmt(n)[language]);
      }
      const callout = capacityCallout(facts, language);
      if (callout && 'text' in callout) {
        for (const h of hoursIn(callout.text))
          expect([fmt(cap.needed)[language], fmt(cap.available)[language], fmt(Math.abs(cap.needed - cap.available))[language]]).toContain(
            h,
          );
      }
    }
  });
});
