// Launches the real Electron app when its binary is installed; skipped (and says so) where it is not.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CALL_NAMES } from '../../../shared/api/names';

const root = join(import.meta.dirname, '..', '..', '..');

/** The executable the way node_modules/electron/index.js finds it, without throwing when it is absent. */
function electronExecutable(): string | null {
  const pathFile = join(root, 'node_modules', 'electron', 'path.txt');
  if (!existsSync(pathFile)) return null;
  const executable = join(root, 'node_modules', 'electron', 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(executable) ? executable : null;
}

const executable = electronExecutable();
const hasElectron = executable !== null;
if (!hasElectron) {
  console.log(
    'launch.test.ts: skipped, the Electron binary is not installed (node_modules/electron/path.txt or its dist/ ' +
      'is missing). Run `node node_modules/electron/install.js` on a machine that can reach github.com to enable it.',
  );
}

type Bridge = Record<string, (input: unknown) => Promise<unknown>>;

function prepare(): void {
  const run = (args: string[]) => execFileSync(process.execPath, args, { cwd: root, stdio: 'inherit' });
  if (!existsSync(join(root, 'dist', 'renderer', 'index.html'))) {
    execFileSync(process.platform === 'win32' ? 'npm.cmd' : 'npm', ['run', 'build:renderer'], {
      cwd: root,
      stdio: 'inherit',
      shell: process.platform === 'win32',
    });
  }
  run([join(root, 'scripts', 'build-electron.mjs')]);
  run([join(root, 'scripts', 'electron-native.mjs')]);
}

describe('Electron launch', () => {
  it.skipIf(!hasElectron)(
    'opens the sandboxed window on the app page, exposing exactly the contract',
    async () => {
      prepare();
      // Loaded only here so a machine without Electron never pulls Playwright into the unit run.
      const { _electron } = await import('@playwright/test');
      const dataDir = mkdtempSync(join(tmpdir(), 'socle-launch-'));
      const env = Object.fromEntries(
        Object.entries(process.env).filter((e): e is [string, string] => e[1] !== undefined && e[0] !== 'ELECTRON_RUN_AS_NODE'),
      );
      const app = await _electron.launch({ executablePath: executable!, args: [root, '--data-dir', dataDir], env, timeout: 60_000 });
      try {
        const page = await app.firstWindow();
        await page.waitForLoadState('domcontentloaded');
        expect(page.url().startsWith('socle://app/')).toBe(true);

        const keys = await page.evaluate(() => Object.keys((window as unknown as { socle: Bridge }).socle).sort());
        expect(keys).toEqual([...CALL_NAMES].sort());
        const info = await page.evaluate(() => (window as unknown as { socle: Bridge }).socle['app.info']!({}));
        expect(info).toMatchObject({ ok: true, value: { mode: 'electron', dataDir } });
        const nodeGlobals = await page.evaluate(() => {
          const w = window as unknown as { require?: unknown; process?: unknown };
          return [typeof w.require, typeof w.process];
        });
        expect(nodeGlobals).toEqual(['undefined', 'undefined']);

        const windows = await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length);
        expect(windows).toBe(1);

        // Navigation away from the app is prevented: wait for the attempt to reach the main process, then look.
        await app.evaluate(({ BrowserWindow }) => {
          const contents = BrowserWindow.getAllWindows()[0]!.webContents;
          (globalThis as { attempt?: Promise<string> }).attempt = new Promise((done) =>
            contents.once('will-navigate', (_e, url) => done(url)),
          );
        });
        await page.evaluate(() => {
          window.location.href = 'https://example.com/';
        });
        expect(await app.evaluate(() => (globalThis as { attempt?: Promise<string> }).attempt)).toBe('https://example.com/');
        expect(page.url().startsWith('socle://app/')).toBe(true);
      } finally {
        await app.close();
        rmSync(dataDir, { recursive: true, force: true });
      }
    },
    300_000,
  );
});
