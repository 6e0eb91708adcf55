// Live sync: another client's change to the open workshop is applied row by row (or read again when it cannot
// be); this window's own echo is not.
import { describe, expect, it } from 'vitest';
import type { EventPayload } from '../../shared/api';
import type { Client } from '../client';
import { fakeClient } from '../stores/fakeClient';
import { card, data } from '../stores/fixtures';
import { createLibraryStore } from '../stores/library';
import { createWorkshopStore } from '../stores/workshop';
import { connectLive } from './live';

function setup() {
  let stored = data();
  const fake = fakeClient({
    'workshop.get': () => ({ ok: true, value: stored }),
    'library.list': () => ({ ok: true, value: [] }),
  });
  let hear: (change: EventPayload<'workshop.changed'>) => void = () => {};
  const client: Client = {
    ...fake.client,
    clientId: 'me',
    subscribe: ((name: string, handler: typeof hear) => {
      if (name === 'workshop.changed') hear = handler;
      return () => {};
    }) as Client['subscribe'],
  };
  const workshop = createWorkshopStore(client);
  const library = createLibraryStore(client);
  connectLive({ client, workshop, library });
  const change = (by: string, workshopId = 'w1'): EventPayload<'workshop.changed'> => ({
    workshopId,
    call: 'card.create',
    rows: [{ table: 'cards', key: { id: 'c9' }, removed: false }],
    whole: false,
    by,
    revision: 1,
  });
  return {
    workshop,
    calls: fake.calls,
    hear: (c: EventPayload<'workshop.changed'>) => hear(c),
    change,
    store: (d: typeof stored) => (stored = d),
  };
}

const settle = () => new Promise((done) => setTimeout(done, 0));

describe('connectLive', () => {
  it('reads the open workshop again when another client changed it', async () => {
    const live = setup();
    await live.workshop.getState().load('w1');
    live.store(data({ cards: [card('c9', { title: 'From the other tab' })] }));
    live.hear(live.change('other'));
    await settle();
    await settle();
    expect(live.workshop.getState().data?.cards.map((c) => c.title)).toEqual(['From the other tab']);
  });

  it('applies the rows of another client without reading the workshop again, with its undo state', async () => {
    const live = setup();
    await live.workshop.getState().load('w1');
    const before = live.calls.length;
    const revision = live.workshop.getState().revision;
    const made = card('c9', { title: 'Typed in the other window' });
    live.hear({
      ...live.change('other'),
      rows: [{ table: 'cards', key: { id: 'c9' }, removed: false, value: made }],
      history: { canUndo: true, canRedo: false, undoSeq: 12 },
    });
    await settle();
    expect(live.workshop.getState().data?.cards).toEqual([made]);
    expect(live.workshop.getState().history).toEqual({ canUndo: true, canRedo: false, undoSeq: 12 });
    expect(live.workshop.getState().revision).toBe(revision + 1);
    expect(live.calls.slice(before)).toEqual([]);
  });

  it('reads the workshop again for a whole change (a restore)', async () => {
    const live = setup();
    await live.workshop.getState().load('w1');
    live.store(data({ cards: [card('back', { title: 'Restored' })] }));
    live.hear({ ...live.change('other'), call: 'snapshot.restore', rows: [], whole: true });
    await settle();
    await settle();
    expect(live.workshop.getState().data?.cards.map((c) => c.title)).toEqual(['Restored']);
  });

  it('ignores its own echo and changes to another workshop', async () => {
    const live = setup();
    await live.workshop.getState().load('w1');
    const before = live.calls.length;
    live.hear(live.change('me'));
    live.hear(live.change('other', 'w2'));
    await settle();
    expect(live.calls.slice(before).map((c) => c.name)).toEqual([]);
  });
});
