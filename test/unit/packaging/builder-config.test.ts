// electron-builder.config.mjs: valid against electron-builder's own schema, and holding what Socle needs.
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..', '..');
const load = async <T>(path: string): Promise<T> => (await import(pathToFileURL(join(root, path)).href)) as T;
// electron-builder's own modules, from where it is installed (no new dependency).
const builderRequire = createRequire(join(root, 'node_modules', 'app-builder-lib', 'package.json'));

type Config = Record<string, unknown> & {
  files: (string | { from: string; to: string; filter: string[] })[];
  asarUnpack: string[];
  fileAssociations: Record<string, string>[];
  linux: { target: string[]; executableName: string; executableArgs: string[]; icon: string };
  win: { target: string[]; icon: string };
  mac: { target: string[]; icon: string };
  afterPack: string;
  beforePack: string;
};
const config = (await load<{ default: Config }>('electron-builder.config.mjs')).default;
const scheme = JSON.parse(readFileSync(join(root, 'node_modules', 'app-builder-lib', 'scheme.json'), 'utf8'));

describe('electron-builder configuration', () => {
  it("passes electron-builder's own validation, which refuses an unknown option", async () => {
    const { validateConfiguration } = builderRequire('./out/util/config/config') as {
      validateConfiguration: (config: unknown, log: { isEnabled: boolean }) => Promise<void>;
    };
    await expect(validateConfiguration(config, { isEnabled: false })).resolves.toBeUndefined();
    await expect(validateConfiguration({ ...config, autoUpdate: true }, { isEnabled: false })).rejects.toThrow(/Invalid configuration/);
  });

  it('matches scheme.json when checked with ajv directly', () => {
    const Ajv = createRequire(join(root, 'package.json'))('ajv') as new (options: object) => {
      validate: (schema: object, data: unknown) => boolean;
      errorsText: () => string;
    };
    // "typeof" is a keyword of electron-builder's validator (for hook functions); plain ajv skips it.
    const ajv = new Ajv({ allErrors: true, unknownFormats: 'ignore' });
    const valid = ajv.validate(scheme, config);
    expect(valid, ajv.errorsText()).toBe(true);
    expect(ajv.validate(scheme, { ...config, asar: 'yes' })).toBe(false);
  });

  it('names the app and keeps installers away from the bundles', () => {
    expect(config).toMatchObject({ productName: 'Socle', appId: 'app.socle.desktop', asar: true });
    expect(config.directories).toEqual({ output: 'dist/release', buildResources: 'build' });
  });

  it('packs the bundles, the page and package.json, plus the Electron build of better-sqlite3', () => {
    expect(config.files).toEqual(expect.arrayContaining(['package.json', 'dist/electron/**', 'dist/renderer/**']));
    expect(config.files).toContainEqual({ from: '.electron-native', to: 'native', filter: ['better_sqlite3-electron-*.node'] });
    expect(config.files).toContain('!node_modules/better-sqlite3/{build,deps,src}/**');
    // What is bundled is not a production dependency, so electron-builder does not pack it again from node_modules.
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
    expect(Object.keys(pkg.dependencies)).toEqual(['better-sqlite3']);
    expect(config.npmRebuild).toBe(false);
  });

  it("keeps better-sqlite3's native module out of the archive", () => {
    const { minimatch } = builderRequire('minimatch') as { minimatch: (path: string, pattern: string, options: object) => boolean };
    // electron-builder matches asarUnpack against the source path, relative to the project, with dot: true.
    const unpacked = (path: string) => config.asarUnpack.some((pattern) => minimatch(path, pattern, { dot: true }));
    expect(unpacked('.electron-native/better_sqlite3-electron-38.8.6.node')).toBe(true);
    expect(unpacked('node_modules/better-sqlite3/build/Release/better_sqlite3.node')).toBe(true);
    expect(unpacked('dist/electron/main.cjs')).toBe(false);
    expect(unpacked('dist/electron/job-worker.cjs')).toBe(true);
  });

  it('builds AppImage and deb, NSIS, and dmg', () => {
    expect(config.linux.target).toEqual(['AppImage', 'deb']);
    expect(config.win.target).toEqual(['nsis']);
    expect(config.mac.target).toEqual(['dmg']);
    expect(config.nsis).toMatchObject({ perMachine: false, deleteAppDataOnUninstall: false });
  });

  it('opens .socle files by double click, and as `socle FILE` on Linux', () => {
    expect(config.fileAssociations).toEqual([
      { ext: 'socle', name: 'Socle workshop', description: 'Socle workshop', mimeType: 'application/x-socle', role: 'Editor' },
    ]);
    expect(config.linux).toMatchObject({ executableName: 'socle', executableArgs: ['%F'] });
  });

  it('publishes nothing and looks for no updates', () => {
    expect(config.publish).toBeNull();
    expect(config.detectUpdateChannel).toBe(false);
    expect(JSON.stringify(config)).not.toMatch(/autoUpdate|electron-updater|github|s3|spaces|snapStore/i);
  });

  it('runs the beforePack and afterPack hooks from build/', async () => {
    expect(config.beforePack).toBe('./build/before-pack.mjs');
    expect(config.afterPack).toBe('./build/after-pack.mjs');
    expect(typeof (await load<{ beforePack: unknown }>(config.beforePack)).beforePack).toBe('function');
    expect(typeof (await load<{ afterPack: unknown }>(config.afterPack)).afterPack).toBe('function');
  });

  it('has a dist script: build, the native module for Electron, then electron-builder with this file', () => {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
    expect(pkg.scripts.dist).toBe(
      'npm run build && node scripts/electron-native.mjs && electron-builder --config electron-builder.config.mjs --publish never',
    );
  });
});
