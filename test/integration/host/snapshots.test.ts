// Snapshots: take one, change things, compare, restore (undoable), list and delete.
import { afterEach, describe, expect, it } from 'vitest';
import { makeHost, must } from '../../helpers/host';

let host: ReturnType<typeof makeHost>;
afterEach(() => host?.dispose());

describe('snapshots', () => {
  it('restores the workshop as it was, compares it with now, and the restore is undoable', () => {
    host = makeHost();
    const workshopId = must(host, 'workshop.create', { title: 'Avant le comité' }).id;
    const kpi = must(host, 'card.create', { workshopId, card: { step: 'measurement', kind: 'kpi', title: 'Leads' } }).value;
    const objective = must(host, 'card.create', { workshopId, card: { step: 'objectives', kind: 'objective', title: 'Leads B2B' } }).value;
    must(host, 'link.create', { workshopId, kind: 'measures', fromCard: kpi.id, toCard: objective.id });
    must(host, 'answer.set', { workshopId, step: 'context', question: 'context.mission', value: 'Être reconnus' });
    const snap = must(host, 'snapshot.create', { workshopId, name: 'Avant le conseil' });
    expect(snap).toMatchObject({ name: 'Avant le conseil', cardCount: 2 });

    must(host, 'card.delete', { workshopId, cardId: objective.id });
    must(host, 'card.update', { workshopId, cardId: kpi.id, patch: { title: 'Prospects', fields: { target: 50 } } });
    must(host, 'card.create', { workshopId, card: { step: 'context', kind: 'note', title: 'Nouvelle idée' } });
    must(host, 'answer.set', { workshopId, step: 'context', question: 'context.mission', value: 'Recruter' });
    must(host, 'workshop.update', { workshopId, patch: { title: 'Après' } });

    const diff = must(host, 'snapshot.compare', { workshopId, snapshotId: snap.id });
    expect(diff.cards.added.map((c) => c.title)).toEqual(['Nouvelle idée']);
    expect(diff.cards.removed.map((c) => c.title)).toEqual(['Leads B2B']);
    expect(diff.cards.changed).toEqual([expect.objectContaining({ id: kpi.id, what: ['title', 'fields.target'] })]);
    expect(diff.links).toEqual({ added: 0, removed: 1 });
    expect(diff.answers).toEqual([{ question: 'context.mission', before: 'Être reconnus', after: 'Recruter' }]);
    expect(diff.workshop).toEqual(['title']);

    const restored = must(host, 'snapshot.restore', { workshopId, snapshotId: snap.id });
    expect(restored.workshop.title).toBe('Avant le comité');
    expect(restored.cards.map((c) => c.title).sort()).toEqual(['Leads', 'Leads B2B']);
    expect(restored.links).toHaveLength(1);
    expect(restored.answers[0]!.value).toBe('Être reconnus');
    expect(restored.history.undoLabel).toBe('snapshot.restore');
    const empty = must(host, 'snapshot.compare', { workshopId, snapshotId: snap.id });
    expect(empty.cards).toEqual({ added: [], removed: [], changed: [] });

    const undone = must(host, 'history.undo', { workshopId });
    expect(undone.workshop.title).toBe('Après');
    expect(undone.cards.map((c) => c.title).sort()).toEqual(['Nouvelle idée', 'Prospects']);
    expect(undone.links).toHaveLength(0);
  });

  it('lists newest first, deletes, and refuses a snapshot of another workshop', () => {
    host = makeHost();
    const a = must(host, 'workshop.create', { title: 'A' }).id;
    const b = must(host, 'workshop.create', { title: 'B' }).id;
    const s1 = must(host, 'snapshot.create', { workshopId: a, name: 'un' });
    must(host, 'snapshot.create', { workshopId: a, name: 'deux' });
    expect(must(host, 'snapshot.list', { workshopId: a }).map((s) => s.name)).toEqual(['deux', 'un']);
    expect(host.call('snapshot.restore', { workshopId: b, snapshotId: s1.id })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(host.call('snapshot.create', { workshopId: a, name: '   ' })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    must(host, 'snapshot.delete', { workshopId: a, snapshotId: s1.id });
    expect(must(host, 'snapshot.list', { workshopId: a }).map((s) => s.name)).toEqual(['deux']);
  });
});
