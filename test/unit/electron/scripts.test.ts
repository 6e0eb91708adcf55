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
