// Server-Sent Events in the browser mode: two tabs hear each other's writes, strangers hear nothing.
import { request, type IncomingMessage } from 'node:http';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLIENT_HEADER, EVENTS_PATH, TOKEN_HEADER, parseEvent, type EventPayload } from '../../../shared/api';
import { startWebServer, type WebServer } from '../../../electron/web/server';
import { makeHost, tempDir } from '../../helpers/host';

let web: WebServer;
let host: ReturnType<typeof makeHost>;

beforeAll(async () => {
  host = makeHost();
  const root = tempDir('socle-static-');
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>Socle</title>');
  web = await startWebServer({ host, staticDir: root });
});
afterAll(async () => {
  await web.close();
  host.dispose();
});

/** One tab's event stream: the changes it has heard so far, and how to wait for the next. */
interface Tab {
  status: number;
  heard: EventPayload<'workshop.changed'>[];
  next(test: (e: EventPayload<'workshop.changed'>) => boolean): Promise<EventPayload<'workshop.changed'>>;
  close(): void;
}

function listen(headers: Record<string, string>, path = EVENTS_PATH): Promise<Tab> {
  return new Promise((done, fail) => {
    const req = request(
      { host: '127.0.0.1', port: web.port, path, headers: { host: `127.0.0.1:${web.port}`, ...headers } },
      (res: IncomingMessage) => {
        const heard: EventPayload<'workshop.changed'>[] = [];
        const waiting: [(e: EventPayload<'workshop.changed'>) => boolean, (e: EventPayload<'workshop.changed'>) => void][] = [];
        let buffer = '';
        res.on('data', (chunk: Buffer) => {
          buffer += chunk.toString();
          let end;
          while ((end = buffer.indexOf('\n\n')) >= 0) {
            const block = buffer.slice(0, end);
            buffer = buffer.slice(end + 2);
            const name = /^event: (.+)$/m.exec(block)?.[1];
            const data = /^data: (.+)$/m.exec(block)?.[1];
            if (name !== 'workshop.changed' || !data) continue;
            const event = parseEvent('workshop.changed', JSON.parse(data));
            if (!event) throw new Error(`not a workshop.changed payload: ${data}`);
            heard.push(event);
            for (const w of waiting.splice(0)) {
              if (w[0](event)) w[1](event);
              else waiting.push(w);
            }
          }
        });
        done({
          status: res.statusCode ?? 0,
          heard,
          next: (test) =>
            new Promise((found) => {
              const seen = heard.find(test);
              if (seen) found(seen);
              else waiting.push([test, found]);
            }),
          close: () => req.destroy(),
        });
      },
    );
    req.on('error', fail);
    req.end();
  });
}

async function call(name: string, input: unknown, clientId: string): Promise<{ ok: boolean; value?: unknown }> {
  const response = await fetch(`http://127.0.0.1:${web.port}/api/${name}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', [TOKEN_HEADER]: web.secret, [CLIENT_HEADER]: clientId },
    body: JSON.stringify(input),
  });
  return (await response.json()) as { ok: boolean; value?: unknown };
}

describe('event stream', () => {
  it('tells both tabs of each other’s edits: the rows written, by whom, with a rising revision', async () => {
    const a = await listen({ [TOKEN_HEADER]: web.secret });
    const b = await listen({ [TOKEN_HEADER]: web.secret });
    expect([a.status, b.status]).toEqual([200, 200]);
    const created = await call('workshop.create', { title: 'Live' }, 'tab-a');
    const workshopId = (created.value as { id: string }).id;
    const card = await call('card.create', { workshopId, card: { step: 'objectives', kind: 'objective', title: 'One' } }, 'tab-a');
    const cardId = (card.value as { value: { id: string } }).value.id;
    const fromA = await b.next((e) => e.call === 'card.create');
    expect(fromA).toMatchObject({ workshopId, by: 'tab-a', whole: false });
    expect(fromA.rows).toContainEqual({
      table: 'cards',
      key: { id: cardId },
      removed: false,
      value: expect.objectContaining({ id: cardId, title: 'One' }),
    });

    await call('card.update', { workshopId, cardId, patch: { title: 'Two' } }, 'tab-b');
    const fromB = await a.next((e) => e.call === 'card.update');
    expect(fromB).toMatchObject({
      workshopId,
      by: 'tab-b',
      rows: [{ table: 'cards', key: { id: cardId }, removed: false, value: { title: 'Two' } }],
    });
    expect(fromB.revision).toBeGreaterThan(fromA.revision);

    await call('card.delete', { workshopId, cardId }, 'tab-b');
    expect((await a.next((e) => e.call === 'card.delete')).rows).toContainEqual({ table: 'cards', key: { id: cardId }, removed: true });
    // Reads announce nothing, and a refused write announces nothing either.
    const before = a.heard.length;
    await call('workshop.get', { workshopId }, 'tab-a');
    expect((await call('card.update', { workshopId, cardId, patch: { title: 'gone' } }, 'tab-a')).ok).toBe(false);
    await call('card.create', { workshopId, card: { step: 'objectives', kind: 'objective', title: 'Marker' } }, 'tab-a');
    await a.next((e) => e.call === 'card.create' && e.revision > fromB.revision);
    expect(a.heard.slice(before).map((e) => e.call)).toEqual(['card.create']);
    a.close();
    b.close();
  });

  it('refuses a stream without the secret, with a foreign Origin, or by POST', async () => {
    expect((await listen({})).status).toBe(401);
    expect((await listen({ [TOKEN_HEADER]: 'wrong' })).status).toBe(401);
    expect((await listen({ [TOKEN_HEADER]: web.secret, origin: 'http://evil.example' })).status).toBe(403);
    expect((await listen({ [TOKEN_HEADER]: web.secret, host: 'evil.example' })).status).toBe(403);
    const posted = await fetch(`http://127.0.0.1:${web.port}${EVENTS_PATH}`, { method: 'POST', headers: { [TOKEN_HEADER]: web.secret } });
    expect(posted.status).toBe(405);
  });

  it('accepts the secret in the address, as a browser EventSource sends it', async () => {
    const tab = await listen({}, `${EVENTS_PATH}?token=${web.secret}`);
    expect(tab.status).toBe(200);
    tab.close();
  });
});
