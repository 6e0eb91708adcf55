// Tests for the objectives.no_kpi rule: cases where it fires and cases where it stays quiet.
import { describe, expect, it } from 'vitest';
import { card, input, link } from '../test-kit';
import { objectivesNoKpi } from './objectives-no-kpi';

describe('objectives.no_kpi', () => {
  it('fires for an objective no KPI measures, with an add_kpi quick fix', () => {
    const o = card('objective', {}, 'Local awareness', 'o1');
    const [f] = objectivesNoKpi.run(input({ cards: [o] }));
    expect(f).toMatchObject({ step: 'measurement', cardIds: ['o1'], quickFix: { kind: 'add_kpi', objectiveIds: ['o1'] } });
    expect(f?.message.fr).toContain('« Local awareness »');
  });
  it('is satisfied by a measures link from a KPI, not from another kind', () => {
    const o = card('objective');
    const k = card('kpi');
    const n = card('note');
    expect(objectivesNoKpi.run(input({ cards: [o, k], links: [link('measures', k, o)] }))).toEqual([]);
    expect(objectivesNoKpi.run(input({ cards: [o, n], links: [link('measures', n, o)] }))).toHaveLength(1);
  });
  it('counts an objective whose own metric and target value are filled in as measured', () => {
    expect(objectivesNoKpi.run(input({ cards: [card('objective', { metric: 'Abonnés locaux', target: 600 })] }))).toEqual([]);
    expect(objectivesNoKpi.run(input({ cards: [card('objective', { metric: 'Abonnés locaux' })] }))).toHaveLength(1);
  });
  it('ignores a link whose KPI card is gone', () => {
    const o = card('objective');
    expect(objectivesNoKpi.run(input({ cards: [o], links: [link('measures', 'deleted', o)] }))).toHaveLength(1);
  });
});
