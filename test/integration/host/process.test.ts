// The host in its own process, started through the same entry Electron uses, driven through the contract.
import { rmSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import type { EventPayload } from '../../../shared/api';
import { forkHost } from '../../helpers/host-process';
import { tempDir } from '../../helpers/host';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));
const library = () => {
  const dir = tempDir('socle-process-');
  dirs.push(dir);
  return dir;
};

describe('host process', () => {
  it('answers contract calls from another process, keeps what it stored, and checks its input there', async () => {
    const dataDir = library();
    const host = await forkHost({ dataDir, mode: 'electron', language: 'en', validateOutput: true });
    expect(host.pid).not.toBe(process.pid);
    expect(host.info).toMatchObject({ mode: 'electron', dataDir });
    const created = await host.call('workshop.create', { title: 'Elsewhere' });
    expect(created.ok).toBe(true);
    const workshopId = (created as { value: { id: string } }).value.id;
    const card = await host.call('card.create', { workshopId, card: { step: 'objectives', kind: 'objective', title: 'Far' } });
    expect(card).toMatchObject({ ok: true, value: { value: { title: 'Far' } } });
    expect(await host.call('card.create', { workshopId, card: { step: 'nowhere' } })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input' },
    });
    expect(await host.call('no.such.call', {})).toMatchObject({ ok: false, error: { code: 'unknown_call' } });
    await host.close();
    expect(await host.call('library.list', {})).toMatchObject({ ok: false, error: { code: 'internal' } });

    // A new process on the same library finds the workshop and its card.
    const again = await forkHost({ dataDir, mode: 'electron', language: 'en' });
    const got = await again.call('workshop.get', { workshopId });
    expect(got).toMatchObject({ ok: true, value: { workshop: { title: 'Elsewhere' }, cards: [{ title: 'Far' }] } });
    await again.close();
  });

  it('sends each client the other’s workshop.changed, with the rows and who made them', async () => {
    const host = await forkHost({ dataDir: library(), mode: 'electron', language: 'en' });
    const heard: EventPayload<'workshop.changed'>[] = [];
    host.events.on((name, payload) => {
      if (name === 'workshop.changed') heard.push(payload as EventPayload<'workshop.changed'>);
    });
    const created = await host.call('workshop.create', { title: 'Shared' }, { clientId: 'window-a' });
    const workshopId = (created as { value: { id: string } }).value.id;
    const card = await host.call(
      'card.create',
      { workshopId, card: { step: 'objectives', kind: 'objective', title: 'A' } },
      { clientId: 'window-a' },
    );
    const cardId = (card as { value: { value: { id: string } } }).value.value.id;
    await host.call('card.update', { workshopId, cardId, patch: { title: 'B' } }, { clientId: 'window-b' });
    // Events arrive before the answer that follows them: the process sends them in order.
    expect(heard.map((e) => [e.call, e.by])).toEqual([
      ['workshop.create', 'window-a'],
      ['card.create', 'window-a'],
      ['card.update', 'window-b'],
    ]);
    expect(heard[2]).toMatchObject({ workshopId, whole: false, rows: [{ table: 'cards', key: { id: cardId }, removed: false }] });
    // What window b must apply is what window a made, and the other way round.
    expect(heard.filter((e) => e.by !== 'window-b').map((e) => e.call)).toEqual(['workshop.create', 'card.create']);
    expect(heard.filter((e) => e.by !== 'window-a').map((e) => e.call)).toEqual(['card.update']);
    expect(new Set(heard.map((e) => e.revision)).size).toBe(3);
    await host.close();
  });
});
