// Tests for runChecks (order, accepted findings, bilingual text) and the health score formula.
import { describe, expect, it } from 'vitest';
import { STEP_IDS } from '../model';
import { cardKey, healthScore, RULES, runChecks, type Finding } from './index';
import { card, input } from './test-kit';

describe('runChecks', () => {
  it('has unique rule ids, each on a known step with sources', () => {
    const ids = RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const r of RULES) {
      expect(STEP_IDS).toContain(r.step);
      expect(r.source.length).toBeGreaterThan(0);
    }
  });
  it('sorts by severity, then step order', () => {
    const found = runChecks(input({ cards: [card('kpi', { timeframeMonths: 2 })] }));
    const sev = found.map((f) => ['blocker', 'warning', 'tip'].indexOf(f.severity));
    expect(sev).toEqual([...sev].sort((a, b) => a - b));
    const blockers = found.filter((f) => f.severity === 'blocker').map((f) => STEP_IDS.indexOf(f.step));
    expect(blockers).toEqual([...blockers].sort((a, b) => a - b));
    expect(found[0]?.ruleId).toBe('objectives.none');
  });
  it('marks accepted findings with their reason and keeps them listed', () => {
    const o = card('objective', {}, '', 'o1');
    const found = runChecks(input({ cards: [o] }), [{ ruleId: 'objectives.no_deadline', cardKey: 'o1', reason: 'Set next week' }]);
    const f = found.find((x) => x.ruleId === 'objectives.no_deadline');
    expect(f).toMatchObject({ accepted: true, acceptedReason: 'Set next week' });
    expect(found.find((x) => x.ruleId === 'objectives.no_target')?.accepted).toBeUndefined();
  });
  it('writes every message and fix in both languages', () => {
    for (const f of runChecks(input())) {
      expect(f.message.fr && f.message.en && f.fix.fr && f.fix.en).toBeTruthy();
    }
  });
});

describe('healthScore', () => {
  const f = (severity: Finding['severity'], step: Finding['step'], accepted = false): Finding => ({
    ruleId: 'x',
    severity,
    step,
    cardIds: [],
    message: { fr: '', en: '' },
    fix: { fr: '', en: '' },
    source: ['S1'],
    accepted,
  });

  it('takes 40, 15 and 5 points off a step, floors at 0, and ignores accepted findings', () => {
    const s = healthScore([f('warning', 'content'), f('tip', 'content'), f('blocker', 'content', true)]);
    expect(s.steps.content).toBe(80);
    expect(healthScore([f('blocker', 'targets'), f('blocker', 'targets'), f('blocker', 'targets')]).steps.targets).toBe(0);
  });
  it('caps the overall score while a blocker is open', () => {
    expect(healthScore([]).overall).toBe(100);
    expect(healthScore([f('warning', 'content')]).overall).toBeGreaterThan(90);
    expect(healthScore([f('blocker', 'objectives')]).overall).toBe(49);
  });
  it('builds the accepted key from sorted ids', () => {
    expect(cardKey(['b', 'a'])).toBe('a,b');
    expect(cardKey([])).toBe('');
  });
});

describe('runChecks with the workshop’s own accepted list', () => {
  it('reads input.accepted when no list is passed', () => {
    const found = runChecks(input({ accepted: [{ ruleId: 'objectives.none', cardKey: '', reason: 'Decided next month' }] }));
    expect(found.find((f) => f.ruleId === 'objectives.none')).toMatchObject({ accepted: true, acceptedReason: 'Decided next month' });
  });
});
