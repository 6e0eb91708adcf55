// The browser mode refuses strangers: no secret, a foreign Host or Origin; and serves only its folder.
import { request } from 'node:http';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY as DESKTOP_CSP } from '../../../electron/main/security';
import { MAX_BODY_BYTES, startWebServer, type WebServer } from '../../../electron/web/server';
import { makeHost, tempDir } from '../../helpers/host';

let web: WebServer;
let host: ReturnType<typeof makeHost>;

beforeAll(async () => {
  host = makeHost();
  const root = tempDir('socle-static-');
  mkdirSync(join(root, 'assets'));
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>Socle</title>');
  writeFileSync(join(root, 'assets', 'app.js'), 'console.log(1)');
  writeFileSync(join(root, '..', 'secret.txt'), 'not for you');
  web = await startWebServer({ host, staticDir: root });
});
afterAll(async () => {
  await web.close();
  host.dispose();
});

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

function send(
  path: string,
  { method = 'GET', headers = {}, body }: { method?: string; headers?: Record<string, string>; body?: string } = {},
) {
  return new Promise<Reply>((done, fail) => {
    const req = request(
      { host: '127.0.0.1', port: web.port, path, method, headers: { host: `127.0.0.1:${web.port}`, ...headers } },
      (res) => {
        let text = '';
        res.on('data', (c: Buffer) => (text += c.toString()));
        res.on('end', () => done({ status: res.statusCode ?? 0, headers: res.headers, body: text }));
      },
    );
    req.on('error', fail);
    if (body !== undefined) req.write(body);
    req.end();
  });
}

const api = (name: string, input: unknown, headers: Record<string, string> = {}) =>
  send(`/api/${name}`, {
    method: 'POST',
    headers: { 'x-socle-token': web.secret, 'content-type': 'application/json', ...headers },
    body: JSON.stringify(input),
  });

describe('browser mode server', () => {
  it('listens on 127.0.0.1 with a random port and prints a URL with the secret', () => {
    expect(web.url).toBe(`http://127.0.0.1:${web.port}/?token=${web.secret}`);
    expect(web.secret.length).toBeGreaterThanOrEqual(32);
  });

  it('refuses requests without the secret or with a wrong one', async () => {
    expect((await send('/')).status).toBe(401);
    expect((await send('/?token=wrong')).status).toBe(401);
    expect((await api('library.list', {}, { 'x-socle-token': 'nope' })).status).toBe(401);
  });

  it('refuses a foreign Host or Origin with 403, even with the secret', async () => {
    expect((await send(`/?token=${web.secret}`, { headers: { host: 'evil.example' } })).status).toBe(403);
    expect((await send(`/?token=${web.secret}`, { headers: { host: `attacker.127.0.0.1.nip.io:${web.port}` } })).status).toBe(403);
    expect((await api('library.list', {}, { origin: 'http://evil.example' })).status).toBe(403);
    expect((await api('library.list', {}, { origin: `http://127.0.0.1:${web.port}` })).status).toBe(200);
  });

  it('serves the page with the secret in the query and sets a strict cookie for the assets', async () => {
    const page = await send(`/?token=${web.secret}`);
    expect(page.status).toBe(200);
    expect(page.body).toContain('<title>Socle</title>');
    // The browser mode sends the very policy the desktop window applies (one builder, electron/security/csp.ts).
    expect(page.headers['content-security-policy']).toBe(DESKTOP_CSP);
    expect(DESKTOP_CSP).toContain("frame-ancestors 'none'");
    const cookie = String(page.headers['set-cookie']);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
    const asset = await send('/assets/app.js', { headers: { cookie: cookie.split(';')[0]! } });
    expect(asset.status).toBe(200);
    expect(asset.headers['content-type']).toContain('javascript');
  });

  it('never serves a file outside its folder', async () => {
    for (const path of ['/../secret.txt', '/%2e%2e/secret.txt', '/assets/..%2f..%2fsecret.txt', '/%00']) {
      const r = await send(path, { headers: { 'x-socle-token': web.secret } });
      expect(r.status, path).toBe(404);
      expect(r.body).not.toContain('not for you');
    }
  });

  it('answers contract calls with results, and typed errors for bad bodies', async () => {
    const created = JSON.parse((await api('workshop.create', { title: 'Par HTTP' })).body);
    expect(created).toMatchObject({ ok: true, value: { title: 'Par HTTP' } });
    const list = JSON.parse((await api('library.list', {})).body);
    expect(list.value.map((w: { title: string }) => w.title)).toContain('Par HTTP');
    const bad = await send('/api/library.list', { method: 'POST', headers: { 'x-socle-token': web.secret }, body: '{not json' });
    expect(bad.status).toBe(400);
    expect(JSON.parse(bad.body)).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    const unknown = JSON.parse((await api('nope.nothing', {})).body);
    expect(unknown).toMatchObject({ ok: false, error: { code: 'unknown_call' } });
    const get = await send('/api/library.list', { headers: { 'x-socle-token': web.secret } });
    expect(get.status).toBe(405);
  });

  it('refuses a body larger than the limit', async () => {
    const huge = JSON.stringify({ title: 'x'.repeat(MAX_BODY_BYTES + 10) });
    // A 413 with a message the interface can show, not a connection reset.
    const r = await send('/api/workshop.create', { method: 'POST', headers: { 'x-socle-token': web.secret }, body: huge });
    expect(r.status).toBe(413);
    expect(JSON.parse(r.body)).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', message: expect.stringMatching(/larger than 32 MB/) },
    });
  });
});
