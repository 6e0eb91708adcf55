// The launch scripts' decisions: is the Electron binary here, and does the native build use Electron's headers.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const scripts = join(import.meta.dirname, '..', '..', '..', 'scripts');
const load = async <T>(name: string): Promise<T> => (await import(pathToFileURL(join(scripts, name)).href)) as T;

interface Start {
  electronBinary: (appRoot: string, env: Record<string, string | undefined>) => string | null;
}
interface Native {
  buildEnv: (env: Record<string, string | undefined>) => Record<string, string | undefined>;
  nodeGypScript: (env: Record<string, string | undefined>, execPath: string, appRoot: string) => string | null;
  electronVersion: (appRoot: string) => string | undefined;
}

const work = mkdtempSync(join(tmpdir(), 'socle-scripts-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('start.mjs electronBinary', () => {
  it('is null without path.txt, null when dist lacks the file, the path when both are there', async () => {
    const { electronBinary } = await load<Start>('start.mjs');
    const app = join(work, 'app');
    const pkg = join(app, 'node_modules', 'electron');
    mkdirSync(pkg, { recursive: true });
    expect(electronBinary(app, {})).toBeNull();
    writeFileSync(join(pkg, 'path.txt'), 'electron');
    expect(electronBinary(app, {})).toBeNull();
    mkdirSync(join(pkg, 'dist'));
    writeFileSync(join(pkg, 'dist', 'electron'), '');
    expect(electronBinary(app, {})).toBe(join(pkg, 'dist', 'electron'));
    expect(electronBinary(app, { ELECTRON_OVERRIDE_DIST_PATH: join(work, 'nowhere') })).toBeNull();
  });
});

describe('electron-native.mjs', () => {
  it("drops npm's nodedir and target settings so node-gyp builds against Electron's headers", async () => {
    const { buildEnv } = await load<Native>('electron-native.mjs');
    const env = buildEnv({ npm_config_nodedir: '/usr', NPM_CONFIG_TARGET: '20.0.0', npm_config_cache: '/c', PATH: '/bin' });
    expect(env).toEqual({ npm_config_cache: '/c', PATH: '/bin' });
  });

  it('finds node-gyp from npm, and reads the electron version from the installed package', async () => {
    const { nodeGypScript, electronVersion } = await load<Native>('electron-native.mjs');
    const gyp = join(work, 'gyp.js');
    writeFileSync(gyp, '');
    expect(nodeGypScript({ npm_config_node_gyp: gyp }, join(work, 'bin', 'node'), work)).toBe(gyp);
    expect(nodeGypScript({}, join(work, 'bin', 'node'), work)).toBeNull();
    expect(electronVersion(join(import.meta.dirname, '..', '..', '..'))).toMatch(/^\d+\.\d+\.\d+$/);
  });
});

interface Opener {
  servedUrl: (line: string) => string | null;
  browserOpener: (url: string, platform: string, env: Record<string, string | undefined>) => [string, string[]] | null;
}

describe('start.mjs browser fallback', () => {
  it("reads the address from serve's one line and nothing else", async () => {
    const { servedUrl } = await load<Opener>('start.mjs');
    expect(servedUrl('Socle: http://127.0.0.1:41234/?token=abc\n')).toBe('http://127.0.0.1:41234/?token=abc');
    expect(servedUrl('Socle: the interface is not built yet')).toBeNull();
    expect(servedUrl('Socle: http://evil.example:80/')).toBeNull();
  });

  it("opens the address with the system's opener, and not in CI, on request, or without a desktop", async () => {
    const { browserOpener } = await load<Opener>('start.mjs');
    const url = 'http://127.0.0.1:1/?token=t';
    expect(browserOpener(url, 'linux', { DISPLAY: ':0' })).toEqual(['xdg-open', [url]]);
    expect(browserOpener(url, 'darwin', {})).toEqual(['open', [url]]);
    expect(browserOpener(url, 'win32', {})?.[0]).toBe('cmd');
    expect(browserOpener(url, 'linux', {})).toBeNull();
    expect(browserOpener(url, 'linux', { DISPLAY: ':0', CI: 'true' })).toBeNull();
    expect(browserOpener(url, 'darwin', { SOCLE_NO_OPEN: '1' })).toBeNull();
  });
});

interface Prereqs {
  missing: (env: Record<string, string | undefined>, needs: { what: string; deb: string; present: () => boolean }[]) => { what: string }[];
  adviceLine: (needs: { what: string; deb: string }[], platform: string) => string;
  canApt: (uid: number, aptThere: boolean) => boolean;
}

describe('prereqs.mjs (what npm test needs from the system)', () => {
  it('names what is missing and the one apt-get line that brings it', async () => {
    const { missing, adviceLine, canApt } = await load<Prereqs>('prereqs.mjs');
    const needs = [
      { what: 'Chromium', deb: 'chromium', present: () => false },
      { what: 'poppler', deb: 'poppler-utils', present: () => true },
      { what: 'LibreOffice', deb: 'libreoffice-writer libreoffice-impress', present: () => false },
    ];
    const lacking = missing({}, needs);
    expect(lacking.map((n) => n.what)).toEqual(['Chromium', 'LibreOffice']);
    expect(
      adviceLine(
        needs.filter((n) => !n.present()),
        'linux',
      ),
    ).toBe(
      'npm test: missing Chromium, LibreOffice; install them first: sudo apt-get install chromium libreoffice-writer libreoffice-impress',
    );
    expect(adviceLine(needs.slice(0, 1), 'darwin')).toMatch(/^npm test: missing Chromium; install them first: .*SOCLE_CHROMIUM/);
    expect(canApt(0, true)).toBe(true);
    expect(canApt(1000, true)).toBe(false);
    expect(canApt(0, false)).toBe(false);
  });
});
