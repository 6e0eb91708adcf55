// The workshop store against a fake client: mutations apply the rows they answer and history; undo/redo replace everything.
import { describe, expect, it } from 'vitest';
import { deferred, fakeClient } from '../fakeClient';
import { card, data, gone, history, put, workshop } from '../fixtures';
import { createWorkshopStore } from './store';

const loaded = async (answers: Parameters<typeof fakeClient>[0], start = data()) => {
  const fake = fakeClient({ 'workshop.get': () => ({ ok: true, value: start }), ...answers });
  const store = createWorkshopStore(fake.client);
  await store.getState().load('w1');
  return { store, ...fake };
};

describe('workshop store', () => {
  it('loads a workshop with its history flags', async () => {
    const { store } = await loaded({}, data({ history: { canUndo: true, canRedo: false, undoLabel: 'x', redoLabel: null } }));
    expect(store.getState().status).toBe('ready');
    expect(store.getState().data?.workshop.id).toBe('w1');
    expect(store.getState().history).toEqual(history(true, false));
    expect(store.getState().revision).toBe(1);
  });

  it('records a failed load', async () => {
    const { client } = fakeClient({ 'workshop.get': () => ({ ok: false, error: { code: 'not_found', message: 'gone' } }) });
    const store = createWorkshopStore(client);
    await store.getState().load('w9');
    expect(store.getState().status).toBe('error');
    expect(store.getState().error?.code).toBe('not_found');
  });

  it('applies a created card and the history flags', async () => {
    const { store, calls } = await loaded({
      'card.create': () => ({ ok: true, value: { value: card('c1'), history: history(true), rows: [put('cards', card('c1'))] } }),
    });
    const result = await store.getState().createCard({ step: 'objectives', kind: 'objective' });
    expect(result.ok).toBe(true);
    expect(store.getState().data?.cards.map((c) => c.id)).toEqual(['c1']);
    expect(store.getState().history).toEqual(history(true));
    expect(calls.at(-1)?.input).toEqual({ workshopId: 'w1', card: { step: 'objectives', kind: 'objective' } });
  });

  it('leaves the data alone when the host refuses, and answers the error', async () => {
    const error = {
      code: 'invalid_input' as const,
      message: 'fields.priority: Too big',
      issues: [{ path: 'fields.priority', message: 'Too big' }],
    };
    const { store } = await loaded({ 'card.update': () => ({ ok: false, error }) }, data({ cards: [card('c1')] }));
    const before = store.getState().data;
    const result = await store.getState().updateCard('c1', { title: 'x' }, 'k1');
    expect(result).toEqual({ ok: false, error });
    expect(store.getState().data).toBe(before);
  });

  it('sends only the changed field, with the value this window saw after its previous edits, in order', async () => {
    let stored = card('c1', { fields: { metric: 'm' } });
    const { store, calls } = await loaded(
      {
        'card.update': (input) => {
          // The host merges the fields sent into the card's others.
          const patch = input.patch as { fields: Record<string, unknown> };
          stored = { ...stored, fields: { ...stored.fields, ...(patch.fields as typeof stored.fields) } };
          return { ok: true, value: { value: stored, history: history(true), rows: [put('cards', stored)] } };
        },
      },
      data({ cards: [stored] }),
    );
    const a = store.getState().setCardField('c1', 'baseline', 10, 'f1');
    const b = store.getState().setCardField('c1', 'target', 20, 'f2');
    await Promise.all([a, b]);
    const updates = calls.filter((c) => c.name === 'card.update');
    expect(updates.map((c) => c.input.patch)).toEqual([{ fields: { baseline: 10 } }, { fields: { target: 20 } }]);
    expect(updates.map((c) => c.input.expected)).toEqual([{ fields: { baseline: null } }, { fields: { target: null } }]);
    expect(calls.at(-1)?.input.coalesce).toBe('f2');
    expect(store.getState().data?.cards[0]?.fields).toEqual({ metric: 'm', baseline: 10, target: 20 });
  });

  it('removes a deleted card with the links and votes the answer says went with it, and nothing else', async () => {
    const link = { id: 'l1', workshopId: 'w1', kind: 'relates' as const, fromCard: 'c1', toCard: 'c2', createdAt: 1 };
    const vote = (id: string, cardId: string) => ({ id, roundId: 'r1', cardId, participantId: null, createdAt: 1 });
    const removed = [gone('cards', 'c1'), gone('links', 'l1'), gone('votes', 'v1')];
    const { store, calls } = await loaded(
      { 'card.delete': () => ({ ok: true, value: { value: { cardId: 'c1', linkIds: ['l1'] }, history: history(true), rows: removed } }) },
      data({ cards: [card('c1'), card('c2')], links: [link], votes: [vote('v1', 'c1'), vote('v2', 'c2')] }),
    );
    await store.getState().deleteCard('c1');
    expect(store.getState().data?.cards.map((c) => c.id)).toEqual(['c2']);
    expect(store.getState().data?.links).toEqual([]);
    expect(store.getState().data?.votes.map((v) => v.id)).toEqual(['v2']);
    expect(calls.at(-1)?.name).toBe('card.delete');
  });

  it('reads the workshop again when an answer holds a row it cannot apply on its own', async () => {
    const agenda = { table: 'agenda' as const, key: { workshop_id: 'w1', step: 'context' }, removed: false };
    const fresh = data({ cards: [card('fresh')] });
    let gets = 0;
    const { store, calls } = await loaded({
      'workshop.get': () => ({ ok: true, value: gets++ === 0 ? data() : fresh }),
      'card.create': () => ({ ok: true, value: { value: card('c1'), history: history(true), rows: [put('cards', card('c1')), agenda] } }),
    });
    await store.getState().createCard({ step: 'objectives', kind: 'objective' });
    expect(calls.at(-1)?.name).toBe('workshop.get');
    expect(store.getState().data?.cards.map((c) => c.id)).toEqual(['fresh']);
  });

  it('upserts an answer with the coalesce key sent along', async () => {
    const { store, calls } = await loaded({
      'answer.set': (input) => {
        const answer = { workshopId: 'w1', step: input.step, question: input.question, value: input.value, updatedAt: 42 };
        const rows = [put('answers', answer, { workshop_id: 'w1', question: String(input.question) })];
        return { ok: true, value: { value: { question: input.question, value: input.value }, history: history(true), rows } };
      },
    });
    await store.getState().setAnswer('context', 'context.mission', 'Hello', 'q-1');
    await store.getState().setAnswer('context', 'context.mission', 'Hello there', 'q-1');
    expect(store.getState().data?.answers).toEqual([
      { workshopId: 'w1', step: 'context', question: 'context.mission', value: 'Hello there', updatedAt: 42 },
    ]);
    expect(calls.at(-1)?.input).toEqual({
      workshopId: 'w1',
      step: 'context',
      question: 'context.mission',
      value: 'Hello there',
      // What this window saw: the answer its own previous edit left.
      expected: 'Hello',
      coalesce: 'q-1',
    });
  });

  it('names the edit it means to undo: the last one this window made', async () => {
    const { store, calls } = await loaded({
      'card.create': () => ({
        ok: true,
        value: { value: card('c1'), history: { canUndo: true, canRedo: false, undoSeq: 7 }, rows: [put('cards', card('c1'))] },
      }),
      'history.undo': () => ({ ok: true, value: data() }),
    });
    await store.getState().createCard({ step: 'objectives', kind: 'objective' });
    await store.getState().undo();
    expect(calls.at(-1)).toMatchObject({ name: 'history.undo', input: { workshopId: 'w1', expected: 7 } });
  });

  it('reloads the workshop when the host refuses a stale edit, so the window shows what is stored', async () => {
    const fresh = data({ cards: [card('c1', { fields: { target: 5000 } })] });
    let gets = 0;
    const { store, calls } = await loaded(
      {
        'card.update': () => ({
          ok: false,
          error: {
            code: 'conflict',
            message: 'This card was changed in another window',
            issues: [{ path: 'fields.target', message: 'stale' }],
          },
        }),
        // The first read is the load, the second the reload after the refusal.
        'workshop.get': () => ({ ok: true, value: gets++ === 0 ? data({ cards: [card('c1')] }) : fresh }),
      },
      data({ cards: [card('c1')] }),
    );
    const revision = store.getState().revision;
    expect(store.getState().data?.cards[0]?.fields).toEqual({});
    const r = await store.getState().setCardField('c1', 'target', 10);
    expect(r.ok).toBe(false);
    expect(calls.at(-1)?.name).toBe('workshop.get');
    expect(store.getState().data?.cards[0]?.fields).toEqual({ target: 5000 });
    expect(store.getState().revision).toBe(revision + 1);
  });

  it('replaces everything with what undo and redo answer, and bumps the revision', async () => {
    const afterUndo = data({
      cards: [card('back')],
      history: { canUndo: false, canRedo: true, undoLabel: null, redoLabel: 'card.delete' },
    });
    const afterRedo = data({ cards: [], history: { canUndo: true, canRedo: false, undoLabel: 'card.delete', redoLabel: null } });
    const { store } = await loaded({
      'history.undo': () => ({ ok: true, value: afterUndo }),
      'history.redo': () => ({ ok: true, value: afterRedo }),
    });
    await store.getState().undo();
    expect(store.getState().data).toBe(afterUndo);
    expect(store.getState().history).toEqual(history(false, true));
    expect(store.getState().revision).toBe(2);
    await store.getState().redo();
    expect(store.getState().data).toBe(afterRedo);
    expect(store.getState().history).toEqual(history(true, false));
  });

  it('sends undo only after the edits made before it', async () => {
    const held = deferred<{
      ok: true;
      value: { value: { question: string; value: string }; history: { canUndo: boolean; canRedo: boolean }; rows: [] };
    }>();
    const { store, calls } = await loaded({ 'answer.set': () => held.promise, 'history.undo': () => ({ ok: true, value: data() }) });
    const save = store.getState().setAnswer('context', 'q', 'v', 'k');
    const undo = store.getState().undo();
    await Promise.resolve();
    expect(calls.map((c) => c.name)).toEqual(['workshop.get', 'answer.set']);
    held.resolve({ ok: true, value: { value: { question: 'q', value: 'v' }, history: history(true), rows: [] } });
    await Promise.all([save, undo]);
    expect(calls.map((c) => c.name)).toEqual(['workshop.get', 'answer.set', 'history.undo']);
  });

  it('sends an edit to the workshop it was made in, and does not apply it to the next one', async () => {
    const held = deferred<{ ok: true; value: { value: ReturnType<typeof workshop>; history: { canUndo: boolean; canRedo: boolean } } }>();
    const { store, calls } = await loaded({ 'workshop.update': () => held.promise });
    const edit = store.getState().updateWorkshop({ title: 'Renamed' });
    const next = store.getState().load('w2');
    held.resolve({ ok: true, value: { value: workshop('w1', { title: 'Renamed' }), history: history(true) } });
    await Promise.all([edit, next]);
    expect(calls.find((c) => c.name === 'workshop.update')?.input.workshopId).toBe('w1');
    expect(store.getState().workshopId).toBe('w2');
    expect(store.getState().data?.workshop.title).toBe('Atelier');
  });

  it('refuses edits when no workshop is open', async () => {
    const { client, calls } = fakeClient({});
    const result = await createWorkshopStore(client).getState().createCard({ step: 'context', kind: 'note' });
    expect(result.ok).toBe(false);
    expect(calls).toEqual([]);
  });
});
