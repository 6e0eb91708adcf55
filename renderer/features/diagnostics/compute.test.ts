// The diagnosis is computed once per data object, honours accepted findings, and scores the workshop.
import { describe, expect, it } from 'vitest';
import { card, link } from '../../../shared/checks/test-kit';
import type { AcceptedFinding, Link, WorkshopData } from '../../../shared/model';
import { data } from '../../stores/fixtures';
import { applyRows } from '../../stores/workshop/rows';
import { diagnose } from './compute';

// The rows the host answers finding.accept, finding.reopen and link.create with, applied as the store applies them.
const acceptedKey = (d: WorkshopData, a: Pick<AcceptedFinding, 'ruleId' | 'cardKey'>) => ({
  workshop_id: d.workshop.id,
  rule_id: a.ruleId,
  card_key: a.cardKey,
});
const withAccepted = (d: WorkshopData, a: AcceptedFinding) =>
  applyRows(d, [{ table: 'accepted_findings', key: acceptedKey(d, a), removed: false, value: { ...a } }])!;
const withoutAccepted = (d: WorkshopData, a: Pick<AcceptedFinding, 'ruleId' | 'cardKey'>) =>
  applyRows(d, [{ table: 'accepted_findings', key: acceptedKey(d, a), removed: true }])!;
const withLink = (d: WorkshopData, l: Link) => applyRows(d, [{ table: 'links', key: { id: l.id }, removed: false, value: { ...l } }])!;

const objectives = [1, 2, 3, 4, 5].map((n) =>
  card('objective', { priority: n, target: 100, deadline: '2027-06-30' }, `Objectif ${n}`, `o${n}`),
);
const intern = card('person', { hoursPerWeek: 4, teamType: 'intern' }, 'Stagiaire', 'p1');
const channels = ['facebook', 'instagram', 'linkedin', 'x', 'youtube', 'tiktok'].map((p) => card('channel', { platform: p }, p, `c-${p}`));
const weak = data({ cards: [...objectives, intern, ...channels] });
const rules = (d: typeof weak) => diagnose(d).findings.map((f) => f.ruleId);

describe('diagnose', () => {
  it('finds what is wrong with five objectives, six channels and one intern', () => {
    expect(rules(weak)).toEqual(expect.arrayContaining(['objectives.too_many', 'governance.weak_team', 'capacity.over']));
    // The plan itself is over: capacity.over gives the one hour figure, channels.too_many does not add a second.
    expect(rules(weak)).not.toContain('channels.too_many');
    // Six unlinked channels: one finding per problem, each naming all six.
    const noTarget = diagnose(weak).findings.filter((f) => f.ruleId === 'channels.no_target');
    expect(noTarget).toHaveLength(1);
    expect(noTarget[0]?.cardIds).toHaveLength(6);
    expect(diagnose(weak).capacity.needed).toBeGreaterThan(diagnose(weak).capacity.available);
    expect(diagnose(weak).score.overall).toBeLessThan(50);
  });

  it('runs once per data object', () => {
    expect(diagnose(weak)).toBe(diagnose(weak));
    expect(diagnose({ ...weak })).not.toBe(diagnose(weak));
  });

  it('keeps an accepted finding listed, marked with its reason, and free in the score; reopening brings the cost back', () => {
    const key = { ruleId: 'objectives.too_many', cardKey: 'o1,o2,o3,o4,o5' };
    const accepted = withAccepted(weak, { ...key, reason: 'La direction tient aux cinq', acceptedAt: 1 });
    const f = diagnose(accepted).findings.find((x) => x.ruleId === 'objectives.too_many');
    expect(f).toMatchObject({ accepted: true, acceptedReason: 'La direction tient aux cinq' });
    expect(diagnose(accepted).score.steps.objectives).toBeGreaterThan(diagnose(weak).score.steps.objectives);
    const reopened = withoutAccepted(accepted, key);
    expect(reopened.accepted).toEqual([]);
    expect(diagnose(reopened).score.steps.objectives).toBe(diagnose(weak).score.steps.objectives);
  });

  it('sees a new link: a channel linked to a target no longer "reaches no target"', () => {
    const persona = card('persona', {}, 'Cadres', 'pe1');
    const base = data({ cards: [persona, channels[0]!] });
    const noTarget = (d: typeof base) => diagnose(d).findings.filter((f) => f.ruleId === 'channels.no_target').length;
    expect(noTarget(base)).toBe(1);
    expect(noTarget(withLink(base, link('reaches', channels[0]!, persona)))).toBe(0);
  });
});
