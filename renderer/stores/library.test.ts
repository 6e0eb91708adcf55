// The library store against a fake client: listing, search races, trash view, and changes that reload.
import { describe, expect, it } from 'vitest';
import { deferred, fakeClient } from './fakeClient';
import { summary, workshop } from './fixtures';
import { createLibraryStore } from './library';

describe('library store', () => {
  it('lists the workshops with the current query and view', async () => {
    const { client, calls } = fakeClient({ 'library.list': () => ({ ok: true, value: [summary('a'), summary('b')] }) });
    const store = createLibraryStore(client);
    await store.getState().refresh();
    expect(store.getState().items.map((w) => w.id)).toEqual(['a', 'b']);
    expect(store.getState().status).toBe('ready');
    expect(calls[0]).toEqual({ name: 'library.list', input: { query: '', trash: false } });
    await store.getState().setQuery('boul');
    await store.getState().setTrash(true);
    expect(calls.at(-1)?.input).toEqual({ query: 'boul', trash: true });
  });

  it('keeps the newest search when answers come back out of order', async () => {
    const slow = deferred<ReturnType<typeof ok>>();
    const ok = (ids: string[]) => ({ ok: true as const, value: ids.map((id) => summary(id)) });
    let n = 0;
    const { client } = fakeClient({ 'library.list': () => (n++ === 0 ? slow.promise : ok(['new'])) });
    const store = createLibraryStore(client);
    const first = store.getState().setQuery('b');
    await store.getState().setQuery('bo');
    slow.resolve(ok(['old']));
    await first;
    expect(store.getState().items.map((w) => w.id)).toEqual(['new']);
  });

  it('records a failed listing as an error', async () => {
    const { client } = fakeClient({ 'library.list': () => ({ ok: false, error: { code: 'storage', message: 'disk' } }) });
    const store = createLibraryStore(client);
    await store.getState().refresh();
    expect(store.getState().status).toBe('error');
    expect(store.getState().error?.message).toBe('disk');
  });

  it('reloads the list after a change that worked, not after one that failed', async () => {
    const { client, calls } = fakeClient({
      'library.list': () => ({ ok: true, value: [] }),
      'workshop.create': (input) =>
        input.template === 'nope'
          ? { ok: false, error: { code: 'invalid_input', message: 'Unknown template "nope".' } }
          : { ok: true, value: workshop('new') },
    });
    const store = createLibraryStore(client);
    const made = await store.getState().create({ title: 'T', template: null });
    expect(made.ok).toBe(true);
    expect(calls.map((c) => c.name)).toEqual(['workshop.create', 'library.list']);
    const refused = await store.getState().create({ title: 'T', template: 'nope' });
    expect(refused).toEqual({ ok: false, error: { code: 'invalid_input', message: 'Unknown template "nope".' } });
    expect(calls.map((c) => c.name)).toEqual(['workshop.create', 'library.list', 'workshop.create']);
  });

  it('renames through workshop.update and answers the workshop itself', async () => {
    const { client, calls } = fakeClient({
      'library.list': () => ({ ok: true, value: [] }),
      'workshop.update': () => ({
        ok: true,
        value: { value: workshop('a', { title: 'New' }), history: { canUndo: true, canRedo: false } },
      }),
    });
    const result = await createLibraryStore(client).getState().rename('a', 'New');
    expect(result.ok && result.value.title).toBe('New');
    expect(calls[0]?.input).toEqual({ workshopId: 'a', patch: { title: 'New' } });
  });

  it('sends duplicate, trash, restore and purge with the workshop id', async () => {
    const { client, calls } = fakeClient({
      'library.list': () => ({ ok: true, value: [] }),
      'workshop.duplicate': () => ({ ok: true, value: workshop('copy') }),
      'workshop.delete': () => ({ ok: true, value: workshop('a') }),
      'workshop.restore': () => ({ ok: true, value: workshop('a') }),
      'workshop.purge': () => ({ ok: true, value: { purged: true } }),
    });
    const s = createLibraryStore(client).getState();
    await s.duplicate('a');
    await s.trashWorkshop('a');
    await s.restore('a');
    await s.purge('a');
    const sent = calls.filter((c) => c.name !== 'library.list');
    expect(sent.map((c) => c.name)).toEqual(['workshop.duplicate', 'workshop.delete', 'workshop.restore', 'workshop.purge']);
    expect(sent.every((c) => c.input.workshopId === 'a')).toBe(true);
  });
});
