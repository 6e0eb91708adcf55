// A host with a room whose listener binds to 127.0.0.1, and a participant's HTTP client for it.
import { request } from 'node:http';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Result } from '../../../shared/api';
import { roomNetwork } from '../../../electron/web/room/network';
import { makeHost, must, tempDir } from '../../helpers/host';

export interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
  json: Result<Record<string, unknown>>;
}

/** A folder with a stand-in room page, a script it loads, and the facilitator app beside it. */
export function pageDir(): string {
  const root = tempDir('socle-room-static-');
  mkdirSync(join(root, 'assets'));
  writeFileSync(join(root, 'room.html'), '<!doctype html><title>Room</title><script type="module" src="./assets/room-1.js"></script>');
  writeFileSync(join(root, 'assets', 'room-1.js'), 'import "./shared-2.js";');
  writeFileSync(join(root, 'assets', 'shared-2.js'), 'console.log(2)');
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>Socle facilitator</title>');
  writeFileSync(join(root, 'assets', 'index-3.js'), 'console.log("facilitator")');
  return root;
}

/** A host whose room listens on loopback, on a fresh library or on `dataDir` (a host reopened after a close). */
export function roomHost(options: { now?: () => number; dataDir?: string } = {}) {
  const network = roomNetwork({ staticDir: pageDir(), address: () => '127.0.0.1' });
  const host = makeHost(options.dataDir, { roomNetwork: network, ...(options.now ? { now: options.now } : {}) });
  network.attach(host);
  return { host, network };
}

/** Opens the room of a workshop and waits until it listens; answers its address, port and code. */
export async function listen(host: ReturnType<typeof makeHost>, workshopId: string, step: 'objectives' | 'context' = 'objectives') {
  await must(host, 'room.open', { workshopId, step });
  const url = await new Promise<string>((done, fail) => {
    const stop = host.room.subscribe(() => {
      if (host.room.url) {
        stop();
        done(host.room.url);
      }
      if (host.room.problem) fail(new Error(host.room.problem));
    });
  });
  return { url, port: Number(new URL(url).port), code: host.room.code ?? '' };
}

export async function openRoom(options: { now?: () => number } = {}) {
  const { host, network } = roomHost(options);
  const workshop = await must(host, 'workshop.create', { title: 'Comité de direction' });
  const alice = (await must(host, 'participant.create', { workshopId: workshop.id, participant: { name: 'Alice' } })).value;
  const bob = (await must(host, 'participant.create', { workshopId: workshop.id, participant: { name: 'Bob' } })).value;
  const { url, port, code } = await listen(host, workshop.id);
  return { host, network, workshop, alice, bob, url, port, code };
}

export function send(
  port: number,
  path: string,
  {
    method = 'GET',
    headers = {},
    body,
    from,
  }: { method?: string; headers?: Record<string, string>; body?: string | Buffer; from?: string } = {},
): Promise<Reply> {
  return new Promise((done, fail) => {
    const req = request(
      { host: '127.0.0.1', port, path, method, localAddress: from, headers: { host: `127.0.0.1:${port}`, ...headers } },
      (res) => {
        let text = '';
        res.on('data', (c: Buffer) => (text += c.toString()));
        res.on('end', () => {
          let json: Reply['json'];
          try {
            json = JSON.parse(text) as Reply['json'];
          } catch {
            json = { ok: false, error: { code: 'internal', message: text } };
          }
          done({ status: res.statusCode ?? 0, headers: res.headers, body: text, json });
        });
      },
    );
    req.on('error', fail);
    if (body !== undefined) req.write(body);
    req.end();
  });
}

/** A participant call, as the phone makes it. */
export const guest = (port: number, name: string, input: unknown, token?: string, headers: Record<string, string> = {}, from?: string) =>
  send(port, `/g/${name}`, {
    method: 'POST',
    from,
    headers: { 'content-type': 'application/json', ...(token ? { 'x-room-token': token } : {}), ...headers },
    body: JSON.stringify(input),
  });
