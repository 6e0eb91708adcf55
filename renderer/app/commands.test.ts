// Menu commands and opened files arrive as typed events and become navigation and undo/redo.
import { describe, expect, it } from 'vitest';
import type { EventName } from '../../shared/api';
import type { Client } from '../client';
import { fakeClient } from '../stores/fakeClient';
import { data } from '../stores/fixtures';
import { createWorkshopStore } from '../stores/workshop';
import { connectCommands } from './commands';

function setup() {
  const fake = fakeClient({
    'workshop.get': () => ({ ok: true, value: data() }),
    'history.undo': () => ({ ok: true, value: data() }),
    'history.redo': () => ({ ok: true, value: data() }),
  });
  const handlers = new Map<EventName, (payload: never) => void>();
  const client: Client = {
    ...fake.client,
    subscribe: ((name: EventName, handler: (payload: never) => void) => {
      handlers.set(name, handler);
      return () => handlers.delete(name);
    }) as Client['subscribe'],
  };
  const workshop = createWorkshopStore(client);
  const went: string[] = [];
  const stop = connectCommands(
    { client, workshop },
    { go: (hash) => went.push(hash), exportWorkshop: () => went.push('export'), present: () => went.push('present') },
  );
  const fire = (name: EventName, payload: unknown) => handlers.get(name)?.(payload as never);
  return { workshop, calls: fake.calls, went, fire, stop, handlers };
}

describe('connectCommands', () => {
  it('undoes and redoes the open workshop from the menu, and does nothing without one', async () => {
    const s = setup();
    s.fire('app.command', { command: 'undo' });
    expect(s.calls).toEqual([]);
    await s.workshop.getState().load('w1');
    s.fire('app.command', { command: 'undo' });
    s.fire('app.command', { command: 'redo' });
    await new Promise((done) => setTimeout(done, 0));
    expect(s.calls.map((c) => c.name)).toEqual(['workshop.get', 'history.undo', 'history.redo']);
  });

  it('opens the export dialog and presenter mode from the menu only while a workshop is open', async () => {
    const s = setup();
    s.fire('app.command', { command: 'export' });
    s.fire('app.command', { command: 'presenter' });
    expect(s.went).toEqual([]);
    await s.workshop.getState().load('w1');
    s.fire('app.command', { command: 'export' });
    s.fire('app.command', { command: 'presenter' });
    expect(s.went).toEqual(['export', 'present']);
  });

  it('shows the workshop of an opened file, and the library for a new workshop', () => {
    const s = setup();
    s.fire('file.opened', { workshopId: 'w 2', path: '/tmp/a.socle' });
    s.fire('app.command', { command: 'new-workshop' });
    expect(s.went).toEqual(['#/workshop/w%202', '#/']);
    s.stop();
    expect(s.handlers.size).toBe(0);
  });
});
