// Tests for the big-workshop fixture: deterministic, valid against the model, checkable at scale.
import { describe, expect, it } from 'vitest';
import { bigWorkshop } from '../../test/fixtures/big-workshop';
import { fieldIssues, linkProblem } from '../model';
import { runChecks } from './index';

describe('big workshop fixture', () => {
  it('is deterministic for a seed, and differs across seeds', () => {
    expect(bigWorkshop(300, 7)).toEqual(bigWorkshop(300, 7));
    expect(bigWorkshop(300, 8).cards.map((c) => c.kind)).not.toEqual(bigWorkshop(300, 7).cards.map((c) => c.kind));
  });
  it('holds N cards and N links that the model accepts', () => {
    const ws = bigWorkshop(2000, 3);
    expect(ws.cards).toHaveLength(2000);
    expect(ws.links).toHaveLength(2000);
    const byId = new Map(ws.cards.map((c) => [c.id, c]));
    for (const c of ws.cards) expect(fieldIssues(c.kind, c.fields)).toEqual([]);
    for (const l of ws.links) expect(linkProblem(l.kind, byId.get(l.fromCard)!, byId.get(l.toCard)!)).toBeNull();
  });
  it('can be checked end to end', () => {
    const findings = runChecks(bigWorkshop(5000, 1));
    expect(findings.length).toBeGreaterThan(0);
    expect(new Set(findings.map((f) => f.ruleId)).size).toBeGreaterThan(5);
  });
});
