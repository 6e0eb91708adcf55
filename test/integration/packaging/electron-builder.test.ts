// Runs electron-builder for real. Here, against a stand-in Electron (the real one cannot be downloaded),
// which still checks the whole layout: archive, unpacked native module, fonts, fuses. With the Electron
// binary installed, it also packs the real thing and starts it.
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { appPaths } from '../../../electron/main/startup';
import { writeFakeElectronDist } from '../../helpers/fake-electron-dist';

const root = join(import.meta.dirname, '..', '..', '..');
const requireHere = createRequire(join(root, 'package.json'));
const asar = requireHere('@electron/asar') as {
  listPackage: (file: string) => string[];
  extractFile: (file: string, path: string) => Buffer;
};
const fuses = requireHere('@electron/fuses') as { getCurrentFuseWire: (path: string) => Promise<Record<string, number | string>> };
const electronVersion = (JSON.parse(readFileSync(join(root, 'node_modules', 'electron', 'package.json'), 'utf8')) as { version: string })
  .version;
const work = mkdtempSync(join(tmpdir(), 'socle-builder-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const OFF = 48;
const ON = 49;

function ensureBuilt(): void {
  // NODE_ENV=test (set by vitest) would give React's development build.
  const env = { ...process.env, NODE_ENV: 'production' };
  const run = (args: string[]) => spawnSync(process.execPath, args, { cwd: root, stdio: 'pipe', encoding: 'utf8', env });
  if (!existsSync(join(root, 'dist', 'renderer', 'index.html')))
    run([join(root, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--config', 'renderer/vite.config.ts']);
  if (!existsSync(join(root, 'dist', 'electron', 'job-worker.cjs'))) run([join(root, 'scripts', 'build-electron.mjs')]);
}

/** electron-builder --dir for Linux (or this system), into `out`, with Electron taken from `electronDist`. */
function pack(out: string, electronDist: string, nativeDir?: string, linux = true) {
  const cli = join(root, 'node_modules', 'electron-builder', 'cli.js');
  const args = [cli, ...(linux ? ['--linux', 'dir', '--x64'] : ['--dir']), '--config', 'electron-builder.config.mjs'];
  args.push(`-c.electronDist=${electronDist}`, `-c.directories.output=${out}`);
  const env = { ...process.env, ...(nativeDir ? { SOCLE_NATIVE_DIR: nativeDir } : {}), CSC_IDENTITY_AUTO_DISCOVERY: 'false' };
  const result = spawnSync(process.execPath, args, { cwd: root, env, encoding: 'utf8', timeout: 240_000 });
  if (result.status !== 0) throw new Error(`electron-builder failed (${result.status}):\n${result.stdout}\n${result.stderr}`);
}

describe('electron-builder --dir with a stand-in Electron', () => {
  it.skipIf(process.arch !== 'x64')(
    'packs the archive, the native module outside it, the fonts, and flips the fuses',
    async () => {
      ensureBuilt();
      const dist = join(work, 'electron-dist');
      writeFakeElectronDist(dist, electronVersion);
      // Any file will do for the layout: the Node build of better-sqlite3 under the Electron build's name.
      const native = join(work, 'native');
      mkdirSync(native);
      const nativeName = `better_sqlite3-electron-${electronVersion}.node`;
      copyFileSync(join(root, 'node_modules', 'better-sqlite3', 'build', 'Release', 'better_sqlite3.node'), join(native, nativeName));
      const out = join(work, 'out');
      pack(out, dist, native);

      const app = join(out, 'linux-unpacked');
      const resources = join(app, 'resources');
      // startup.ts finds the native module where the package put it.
      const paths = appPaths(join(resources, 'app.asar'), electronVersion, resources);
      expect(existsSync(paths.nativeBinding)).toBe(true);
      expect(paths.nativeBinding).toBe(join(resources, 'app.asar.unpacked', 'native', nativeName));
      // electron/host/export/pdf/fonts.ts reads resources/assets/fonts.
      expect(existsSync(join(resources, 'assets', 'fonts', 'inter-latin-400-normal.woff'))).toBe(true);

      const files = asar.listPackage(join(resources, 'app.asar')).map((p) => p.replaceAll('\\', '/'));
      const pkg = JSON.parse(asar.extractFile(join(resources, 'app.asar'), 'package.json').toString('utf8')) as { main: string };
      expect(pkg.main).toBe('dist/electron/main.cjs');
      for (const file of [
        '/dist/electron/main.cjs',
        '/dist/electron/preload.cjs',
        '/dist/renderer/index.html',
        '/node_modules/better-sqlite3/lib/index.js',
      ]) {
        expect(files).toContain(file);
      }
      // The exporters and zod are bundled into main.cjs and job-worker.cjs: never packed a second time from node_modules.
      // The job worker starts from a real file (app.asar.unpacked), where worker_threads can read it.
      expect(existsSync(join(resources, 'app.asar.unpacked', 'dist', 'electron', 'job-worker.cjs'))).toBe(true);
      const twice = files.filter((f) => /^\/node_modules\/(docx|pdfkit|pptxgenjs|zod|jszip|fontkit)\//.test(f));
      expect(twice).toEqual([]);
      expect(files.filter((f) => f.endsWith('.map'))).toEqual([]);
      expect(files.filter((f) => /^\/node_modules\/(electron|@types)\//.test(f))).toEqual([]);
      expect(files.filter((f) => f.startsWith('/node_modules/better-sqlite3/build'))).toEqual([]);
      expect(readdir(join(app, 'locales'))).toEqual(['en-US.pak', 'fr.pak']);

      const wire = await fuses.getCurrentFuseWire(join(app, 'socle'));
      expect([wire[0], wire[2], wire[3], wire[4], wire[5], wire[1], wire[7]]).toEqual([OFF, OFF, OFF, ON, ON, ON, OFF]);
    },
    300_000,
  );
});

const readdir = (dir: string): string[] => readdirSync(dir).sort();

/** The Electron executable the way node_modules/electron/index.js finds it, or null. */
function electronExecutable(): string | null {
  const pathFile = join(root, 'node_modules', 'electron', 'path.txt');
  if (!existsSync(pathFile)) return null;
  const executable = join(root, 'node_modules', 'electron', 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(executable) ? executable : null;
}

const hasElectron = electronExecutable() !== null;
if (!hasElectron) {
  console.log(
    'electron-builder.test.ts: the real `electron-builder --dir` run is skipped, the Electron binary is not installed ' +
      '(node_modules/electron/dist). The stand-in run above still checks the layout and the fuses. On a machine that ' +
      'can reach github.com, run `node node_modules/electron/install.js` to enable it.',
  );
}

describe('electron-builder --dir with the real Electron', () => {
  it.skipIf(!hasElectron)(
    'packs an app that starts, opens its library with the unpacked SQLite module, and has its fuses set',
    async () => {
      ensureBuilt();
      const native = spawnSync(process.execPath, [join(root, 'scripts', 'electron-native.mjs')], { cwd: root, stdio: 'inherit' });
      expect(native.status).toBe(0);
      const out = join(work, 'real');
      pack(out, join(root, 'node_modules', 'electron', 'dist'), undefined, false);
      const unpacked = readdir(out).find((d) => d.endsWith('-unpacked') || d.startsWith('mac'));
      expect(unpacked).toBeDefined();
      const dir = join(out, unpacked!);
      const executable = {
        linux: join(dir, 'socle'),
        win32: join(dir, 'Socle.exe'),
        darwin: join(dir, 'Socle.app'),
      }[process.platform as 'linux' | 'win32' | 'darwin'];
      const wire = await fuses.getCurrentFuseWire(executable);
      expect([wire[0], wire[2], wire[3], wire[4], wire[5]]).toEqual([OFF, OFF, OFF, ON, ON]);

      // Linux needs a display to start a window at all; without one the packed app is checked, not run.
      if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
        console.log('electron-builder.test.ts: no DISPLAY, the packed app was built and checked but not started.');
        return;
      }
      const dataDir = join(work, 'library');
      const binary = process.platform === 'darwin' ? join(executable, 'Contents', 'MacOS', 'Socle') : executable;
      const env = { ...process.env };
      delete env.ELECTRON_RUN_AS_NODE;
      const child = spawn(binary, ['--data-dir', dataDir], { env, stdio: 'ignore' });
      try {
        const deadline = Date.now() + 60_000;
        while (!existsSync(join(dataDir, 'library.db')) && Date.now() < deadline && child.exitCode === null) {
          await new Promise((done) => setTimeout(done, 250));
        }
        expect(existsSync(join(dataDir, 'library.db'))).toBe(true);
      } finally {
        child.kill();
      }
    },
    600_000,
  );
});
