// The socle://app/ origin: which file a URL means, and what the protocol handler answers.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { APP_PAGE, contentType, resolveAppFile } from '../../../electron/main/app-url';
import { createAppProtocolHandler } from '../../../electron/main/protocol';
import { CONTENT_SECURITY_POLICY } from '../../../electron/main/security';

const root = join('/', 'srv', 'socle', 'dist', 'renderer');

describe('resolveAppFile', () => {
  it('maps the app page and its assets into the renderer folder', () => {
    expect(resolveAppFile(APP_PAGE, root)).toBe(join(root, 'index.html'));
    expect(resolveAppFile('socle://app/', root)).toBe(join(root, 'index.html'));
    expect(resolveAppFile('socle://app/assets/index-abc.js?v=1#x', root)).toBe(join(root, 'assets', 'index-abc.js'));
    expect(resolveAppFile('socle://app/fonts/Inter%20Var.woff2', root)).toBe(join(root, 'fonts', 'Inter Var.woff2'));
  });

  it.each([
    'socle://app/..%2F..%2F..%2Fetc%2Fpasswd',
    'socle://app/..%5C..%5Csecret',
    'socle://app/bad%ZZ',
    'socle://app/a%00b',
    'socle://other/index.html',
    'file:///srv/socle/dist/renderer/index.html',
    'https://app/index.html',
  ])('refuses %s', (url) => {
    expect(resolveAppFile(url, root)).toBeNull();
  });

  it('keeps dot segments the URL parser resolves inside the folder', () => {
    expect(resolveAppFile('socle://app/%2e%2e/%2e%2e/secret', root)).toBe(join(root, 'secret'));
    expect(resolveAppFile('socle://app/../../secret', root)).toBe(join(root, 'secret'));
  });

  it('gives browsers the types they need for module scripts and fonts', () => {
    expect(contentType('a/index.html')).toMatch(/^text\/html/);
    expect(contentType('a/b.JS')).toMatch(/^text\/javascript/);
    expect(contentType('a/b.css')).toMatch(/^text\/css/);
    expect(contentType('a/b.woff2')).toBe('font/woff2');
    expect(contentType('a/b.unknown')).toBe('application/octet-stream');
  });
});

describe('app protocol handler', () => {
  const files = new Map([[join(root, 'index.html'), '<!doctype html><title>Socle</title>']]);
  const handler = createAppProtocolHandler(root, async (path) => {
    const body = files.get(path);
    if (body === undefined) throw new Error('ENOENT');
    return new TextEncoder().encode(body);
  });

  it('serves the page with the CSP and its type', async () => {
    const response = await handler(new Request(APP_PAGE));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await response.text()).toContain('<title>Socle</title>');
  });

  it('answers 404 for a missing file, 403 outside the folder, 405 for a write', async () => {
    expect((await handler(new Request('socle://app/missing.js'))).status).toBe(404);
    expect((await handler(new Request('socle://app/..%2F..%2Fsecret'))).status).toBe(403);
    expect((await handler(new Request(APP_PAGE, { method: 'POST', body: 'x' }))).status).toBe(405);
  });
});
