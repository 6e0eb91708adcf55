// What the room sees: set by the control window, told to every listener, read back by an audience window that opens
// late; nothing stored and no undo step; a pasted batch of cards is one undo step.
import { afterEach, describe, expect, it } from 'vitest';
import type { EventName } from '../../../shared/api';
import { makeHost, must } from '../../helpers/host';

let host: ReturnType<typeof makeHost>;
afterEach(() => host?.dispose());

describe('presentation', () => {
  it('tells listeners what the room sees and answers it to a window that asks later, with no history', async () => {
    host = makeHost();
    const workshopId = (await must(host, 'workshop.create', { title: 'Atelier' })).id;
    const heard: [EventName, unknown][] = [];
    host.events.on((name, payload) => heard.push([name, payload]));
    expect(await must(host, 'presentation.get', { workshopId })).toBeNull();
    const shown = { workshopId, step: 'swot' as const, spotlight: null, reveal: true };
    await must(host, 'presentation.set', shown);
    expect(heard).toEqual([['presentation.changed', shown]]);
    expect(await must(host, 'presentation.get', { workshopId })).toEqual(shown);
    const data = await must(host, 'workshop.get', { workshopId });
    expect(data.history.canUndo).toBe(false);
  });

  it('refuses an unknown workshop and a step that does not exist, and keeps what it had', async () => {
    host = makeHost();
    const workshopId = (await must(host, 'workshop.create', { title: 'Atelier' })).id;
    const missing = await host.call('presentation.set', { workshopId: 'nope', step: 'swot', spotlight: null, reveal: false });
    expect(missing.ok).toBe(false);
    const bad = await host.call('presentation.set', { workshopId, step: 'nowhere', spotlight: null, reveal: false });
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(await must(host, 'presentation.get', { workshopId })).toBeNull();
  });
});

describe('a paste', () => {
  it('creates its cards under one coalesce key: one undo takes them all back', async () => {
    host = makeHost();
    const workshopId = (await must(host, 'workshop.create', { title: 'Atelier' })).id;
    await must(host, 'card.create', { workshopId, card: { step: 'context', kind: 'note', title: 'Avant' } });
    for (const title of ['Un', 'Deux', 'Trois']) {
      await must(host, 'card.create', { workshopId, card: { step: 'context', kind: 'note', title }, coalesce: 'paste:1' });
    }
    const data = await must(host, 'history.undo', { workshopId });
    expect(data.cards.map((c) => c.title)).toEqual(['Avant']);
  });
});
