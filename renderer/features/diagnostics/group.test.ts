// Grouping, counting and scoring views of the findings, as the panel shows them.
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../../shared/checks';
import { CHECKED_STEPS, countFindings, findingKey, groupFindings, scoreTone, stepFindings } from './group';

const finding = (ruleId: string, severity: Finding['severity'], step: Finding['step'], over: Partial<Finding> = {}): Finding => ({
  ruleId,
  severity,
  step,
  cardIds: [],
  message: { fr: ruleId, en: ruleId },
  fix: { fr: 'fix', en: 'fix' },
  source: ['S1'],
  ...over,
});

const findings: Finding[] = [
  finding('governance.no_owner', 'blocker', 'governance'),
  finding('objectives.too_many', 'warning', 'objectives', { cardIds: ['b', 'a'] }),
  finding('channels.no_target', 'warning', 'channels', { cardIds: ['c1'] }),
  finding('objectives.no_deadline', 'warning', 'objectives', { cardIds: ['a'], accepted: true, acceptedReason: 'later' }),
  finding('content.no_tone', 'tip', 'content'),
];

describe('groupFindings', () => {
  it('puts open findings by severity, blockers first, then the accepted ones, each by step in the guided order', () => {
    const groups = groupFindings(findings);
    expect(groups.map((g) => [g.id, g.count])).toEqual([
      ['blocker', 1],
      ['warning', 2],
      ['tip', 1],
      ['accepted', 1],
    ]);
    expect(groups[1]!.steps.map((s) => s.step)).toEqual(['objectives', 'channels']);
    expect(groups[3]!.steps[0]!.findings[0]!.ruleId).toBe('objectives.no_deadline');
  });

  it('leaves empty groups out', () => {
    expect(groupFindings([findings[1]!]).map((g) => g.id)).toEqual(['warning']);
    expect(groupFindings([])).toEqual([]);
  });
});

describe('counts, keys and step views', () => {
  it('counts open findings by severity and accepted ones apart', () => {
    expect(countFindings(findings)).toEqual({ blocker: 1, warning: 2, tip: 1, accepted: 1 });
  });

  it('keys a finding on its rule and sorted card ids, as accepted findings are matched', () => {
    expect(findingKey(findings[1]!)).toBe('objectives.too_many|a,b');
    expect(findingKey(findings[0]!)).toBe('governance.no_owner|');
  });

  it('lists a step’s findings by severity, whole-step ones before single-card ones, accepted ones last', () => {
    expect(stepFindings(findings, 'objectives').map((f) => f.ruleId)).toEqual(['objectives.too_many', 'objectives.no_deadline']);
    const mixed = [
      finding('objectives.no_target', 'warning', 'objectives', { cardIds: ['a'] }),
      finding('objectives.no_deadline', 'warning', 'objectives', { cardIds: ['a'], accepted: true }),
      finding('objectives.too_many', 'warning', 'objectives', { cardIds: ['a', 'b'] }),
      finding('objectives.none', 'blocker', 'objectives'),
      finding('objectives.tip', 'tip', 'objectives'),
    ];
    expect(stepFindings(mixed, 'objectives').map((f) => f.ruleId)).toEqual([
      'objectives.none',
      'objectives.too_many',
      'objectives.no_target',
      'objectives.tip',
      'objectives.no_deadline',
    ]);
    expect(stepFindings(findings, 'swot')).toEqual([]);
  });

  it('scores only the steps some rule checks, in order', () => {
    expect(CHECKED_STEPS).toContain('objectives');
    expect(CHECKED_STEPS).not.toContain('context');
    expect(CHECKED_STEPS.indexOf('objectives')).toBeLessThan(CHECKED_STEPS.indexOf('governance'));
  });
});

describe('scoreTone', () => {
  it('reads 80 and up as good, 50 to 79 as fair, below 50 as poor', () => {
    expect([100, 80, 79, 50, 49, 0].map(scoreTone)).toEqual(['good', 'good', 'fair', 'fair', 'poor', 'poor']);
  });
});
