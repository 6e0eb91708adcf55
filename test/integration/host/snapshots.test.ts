// Snapshots: take one, change things, compare, restore (undoable), list and delete.
import { afterEach, describe, expect, it } from 'vitest';
import { makeHost, must } from '../../helpers/host';

let host: ReturnType<typeof makeHost>;
afterEach(() => host?.dispose());

describe('snapshots', () => {
  it('restores the workshop as it was, compares it with now, and the restore is undoable', async () => {
    host = makeHost();
    const workshopId = (await must(host, 'workshop.create', { title: 'Avant le comité' })).id;
    const kpi = (await must(host, 'card.create', { workshopId, card: { step: 'measurement', kind: 'kpi', title: 'Leads' } })).value;
    const objective = (await must(host, 'card.create', { workshopId, card: { step: 'objectives', kind: 'objective', title: 'Leads B2B' } }))
      .value;
    await must(host, 'link.create', { workshopId, kind: 'measures', fromCard: kpi.id, toCard: objective.id });
    await must(host, 'answer.set', { workshopId, step: 'context', question: 'context.mission', value: 'Être reconnus' });
    const snap = await must(host, 'snapshot.create', { workshopId, name: 'Avant le conseil' });
    expect(snap).toMatchObject({ name: 'Avant le conseil', cardCount: 2 });

    await must(host, 'card.delete', { workshopId, cardId: objective.id });
    await must(host, 'card.update', { workshopId, cardId: kpi.id, patch: { title: 'Prospects', fields: { target: 50 } } });
    await must(host, 'card.create', { workshopId, card: { step: 'context', kind: 'note', title: 'Nouvelle idée' } });
    await must(host, 'answer.set', { workshopId, step: 'context', question: 'context.mission', value: 'Recruter' });
    await must(host, 'workshop.update', { workshopId, patch: { title: 'Après' } });

    const diff = await must(host, 'snapshot.compare', { workshopId, snapshotId: snap.id });
    expect(diff.cards.added.map((c) => c.title)).toEqual(['Nouvelle idée']);
    expect(diff.cards.removed.map((c) => c.title)).toEqual(['Leads B2B']);
    expect(diff.cards.changed).toEqual([expect.objectContaining({ id: kpi.id, what: ['title', 'fields.target'] })]);
    expect(diff.links).toEqual({ added: 0, removed: 1 });
    expect(diff.answers).toEqual([{ question: 'context.mission', before: 'Être reconnus', after: 'Recruter' }]);
    expect(diff.workshop).toEqual(['title']);

    const restored = await must(host, 'snapshot.restore', { workshopId, snapshotId: snap.id });
    expect(restored.workshop.title).toBe('Avant le comité');
    expect(restored.cards.map((c) => c.title).sort()).toEqual(['Leads', 'Leads B2B']);
    expect(restored.links).toHaveLength(1);
    expect(restored.answers[0]!.value).toBe('Être reconnus');
    expect(restored.history.undoLabel).toBe('snapshot.restore');
    const empty = await must(host, 'snapshot.compare', { workshopId, snapshotId: snap.id });
    expect(empty.cards).toEqual({ added: [], removed: [], changed: [] });

    const undone = await must(host, 'history.undo', { workshopId });
    expect(undone.workshop.title).toBe('Après');
    expect(undone.cards.map((c) => c.title).sort()).toEqual(['Nouvelle idée', 'Prospects']);
    expect(undone.links).toHaveLength(0);
  });

  it('lists newest first, deletes, and refuses a snapshot of another workshop', async () => {
    host = makeHost();
    const a = (await must(host, 'workshop.create', { title: 'A' })).id;
    const b = (await must(host, 'workshop.create', { title: 'B' })).id;
    const s1 = await must(host, 'snapshot.create', { workshopId: a, name: 'un' });
    await must(host, 'snapshot.create', { workshopId: a, name: 'deux' });
    expect((await must(host, 'snapshot.list', { workshopId: a })).map((s) => s.name)).toEqual(['deux', 'un']);
    expect(await host.call('snapshot.restore', { workshopId: b, snapshotId: s1.id })).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    });
    expect(await host.call('snapshot.create', { workshopId: a, name: '   ' })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input' },
    });
    await must(host, 'snapshot.delete', { workshopId: a, snapshotId: s1.id });
    expect((await must(host, 'snapshot.list', { workshopId: a })).map((s) => s.name)).toEqual(['deux']);
  });
});
