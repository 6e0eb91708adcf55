// The host process's room network: none without the room pages; the listening address is chosen when a
// person opens the room (the laptop's network then), or pinned by SOCLE_ROOM_ADDRESS.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { processRoomNetwork } from '../../../electron/host/process-room';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

function pages(): string {
  const dir = mkdtempSync(join(tmpdir(), 'socle-process-room-'));
  dirs.push(dir);
  writeFileSync(join(dir, 'room.html'), '<!doctype html><title>Room</title>');
  return dir;
}

// A "network card" whose address is loopback, so the test binds 127.0.0.1 and nothing else.
const card = { wifi: [{ address: '127.0.0.1', family: 'IPv4', internal: false }] };
const guest = { guest: async () => ({ ok: true as const, value: null }) };

const open = (network: NonNullable<ReturnType<typeof processRoomNetwork>>) =>
  new Promise<string>((ready, failed) => network.open(ready, (message) => failed(new Error(message))));

describe('processRoomNetwork', () => {
  it('gives no room network to a process started without the room pages', () => {
    expect(processRoomNetwork(['node', 'host-process.cjs', '--socle-host'], {}, () => card)).toBeNull();
  });

  it('asks for the laptop’s address only when the room opens, and stops listening when it closes', async () => {
    let asked = 0;
    const network = processRoomNetwork(['--socle-host', '--room-static', pages()], {}, () => (asked++, card));
    expect(network).not.toBeNull();
    if (!network) return;
    network.attach(guest);
    expect(asked).toBe(0);
    const url = await open(network);
    expect(asked).toBe(1);
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    expect((await fetch(url)).status).toBe(200);
    network.close();
    // The listener stops as soon as its open connections end: until then, ask again.
    await vi.waitFor(() => expect(fetch(url)).rejects.toThrow());
  });

  it('listens on the pinned address and never looks at the network cards', async () => {
    let asked = 0;
    const network = processRoomNetwork(['--room-static', pages()], { SOCLE_ROOM_ADDRESS: '127.0.0.1' }, () => (asked++, card));
    if (!network) throw new Error('no network');
    network.attach(guest);
    const url = await open(network);
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:/);
    expect(asked).toBe(0);
    network.close();
  });
});
