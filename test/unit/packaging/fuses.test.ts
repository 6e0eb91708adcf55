// The Electron fuses: the settings Socle ships with, checked against the schema, and flipped by the hook.
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { fakeElectronBinary, FUSE_STATE } from '../../helpers/fake-electron-dist';

const root = join(import.meta.dirname, '..', '..', '..');
const load = async <T>(path: string): Promise<T> => (await import(pathToFileURL(join(root, path)).href)) as T;
const { FUSES } = await load<{ FUSES: Record<string, boolean> }>('build/fuses.mjs');
const { fuseConfig, afterPack } = await load<{
  fuseConfig: (platform: string, arch: number) => Record<string, unknown>;
  afterPack: (context: unknown) => Promise<void>;
}>('build/after-pack.mjs');
const { nativeProblem } = await load<{ nativeProblem: (o: object) => string | null }>('build/before-pack.mjs');
const fuses = createRequire(join(root, 'package.json'))('@electron/fuses') as {
  FuseV1Options: Record<string, number>;
  getCurrentFuseWire: (path: string) => Promise<Record<string, number | string>>;
};

const work = mkdtempSync(join(tmpdir(), 'socle-fuses-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('fuses', () => {
  it('turns off Node as a back door and makes the app load only its own checked archive', () => {
    expect(FUSES).toEqual({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      enableCookieEncryption: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it("uses the names of electron-builder's fuse options", () => {
    const scheme = JSON.parse(readFileSync(join(root, 'node_modules', 'app-builder-lib', 'scheme.json'), 'utf8'));
    const known = Object.keys(scheme.definitions.FuseOptionsV1.properties);
    for (const name of Object.keys(FUSES)) expect(known).toContain(name);
  });

  it('becomes an @electron/fuses V1 configuration, resetting the ad-hoc signature on Apple silicon only', () => {
    const { FuseV1Options } = fuses;
    const linux = fuseConfig('linux', 1);
    expect(linux).toMatchObject({
      version: '1',
      resetAdHocDarwinSignature: false,
      [FuseV1Options.RunAsNode!]: false,
      [FuseV1Options.EnableNodeOptionsEnvironmentVariable!]: false,
      [FuseV1Options.EnableNodeCliInspectArguments!]: false,
      [FuseV1Options.EnableEmbeddedAsarIntegrityValidation!]: true,
      [FuseV1Options.OnlyLoadAppFromAsar!]: true,
      [FuseV1Options.EnableCookieEncryption!]: true,
    });
    expect(fuseConfig('darwin', 3).resetAdHocDarwinSignature).toBe(true);
    expect(fuseConfig('darwin', 4).resetAdHocDarwinSignature).toBe(true);
    expect(fuseConfig('darwin', 1).resetAdHocDarwinSignature).toBe(false);
    expect(fuseConfig('win32', 3).resetAdHocDarwinSignature).toBe(false);
  });

  it('the afterPack hook flips them in the packed binary through the packager', async () => {
    const binary = join(work, 'socle');
    writeFileSync(binary, fakeElectronBinary());
    const context = {
      electronPlatformName: 'linux',
      arch: 1,
      appOutDir: work,
      // What electron-builder's packager does with the configuration: @electron/fuses on its executable.
      packager: {
        addElectronFuses: async (_context: unknown, config: object) => {
          const { flipFuses } = createRequire(join(root, 'package.json'))('@electron/fuses');
          await flipFuses(binary, config);
        },
      },
    };
    await afterPack(context);
    const wire = await fuses.getCurrentFuseWire(binary);
    const { FuseV1Options } = fuses;
    expect(wire[FuseV1Options.RunAsNode!]).toBe(FUSE_STATE.off);
    expect(wire[FuseV1Options.EnableNodeOptionsEnvironmentVariable!]).toBe(FUSE_STATE.off);
    expect(wire[FuseV1Options.EnableNodeCliInspectArguments!]).toBe(FUSE_STATE.off);
    expect(wire[FuseV1Options.EnableEmbeddedAsarIntegrityValidation!]).toBe(FUSE_STATE.on);
    expect(wire[FuseV1Options.OnlyLoadAppFromAsar!]).toBe(FUSE_STATE.on);
    expect(wire[FuseV1Options.EnableCookieEncryption!]).toBe(FUSE_STATE.on);
    expect(wire[FuseV1Options.GrantFileProtocolExtraPrivileges!]).toBe(FUSE_STATE.off);
  });
});

describe('beforePack native check', () => {
  it('refuses to pack without the Electron build of better-sqlite3, or with one for another CPU', () => {
    const dir = join(work, 'native');
    expect(nativeProblem({ dir, electronVersion: '38.8.6', arch: 1, hostArch: 'x64' })).toMatch(
      /missing \(found: no folder\).*electron-native\.mjs/,
    );
    mkdirSync(dir);
    expect(nativeProblem({ dir, electronVersion: '38.8.6', arch: 1, hostArch: 'x64' })).toMatch(/found: nothing/);
    copyFileSync(join(root, 'package.json'), join(dir, 'better_sqlite3-electron-38.8.6.node'));
    expect(existsSync(join(dir, 'better_sqlite3-electron-38.8.6.node'))).toBe(true);
    expect(nativeProblem({ dir, electronVersion: '38.8.6', arch: 1, hostArch: 'x64' })).toBeNull();
    expect(nativeProblem({ dir, electronVersion: '38.8.6', arch: 3, hostArch: 'x64' })).toMatch(/built for x64, not arm64/);
    expect(nativeProblem({ dir, electronVersion: '39.0.0', arch: 1, hostArch: 'x64' })).toMatch(/39\.0\.0\.node is missing/);
  });
});
