// The bundled main process opening workshop files, in plain Node against the fake 'electron': from the
// command line, from a second launch, from macOS's open-file; and the window's place remembered.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeHost, must } from '../../helpers/host';
import { makeAppRoot, runMain as run } from './fixtures/run-main';

const root = join(import.meta.dirname, '..', '..', '..');
let work = '';
let appRoot = '';
let workshopFile = '';

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'socle-main-files-'));
  appRoot = makeAppRoot(join(work, 'app'));
  // Bundled the way scripts/build-electron.mjs does, into this test's own folder: main-bundle.test.ts
  // rewrites dist/electron at the same time.
  // Main forks the host process from its own folder, and the host starts its job worker from there.
  const bundles = {
    'main.cjs': 'electron/main/main.ts',
    'host-process.cjs': 'electron/host/process.ts',
    'job-worker.cjs': 'electron/host/jobs/worker.ts',
  };
  for (const [out, entry] of Object.entries(bundles)) {
    await build({
      entryPoints: [entry],
      outfile: join(appRoot, 'dist', 'electron', out),
      bundle: true,
      platform: 'node',
      format: 'cjs',
      target: 'node24',
      external: ['electron', 'better-sqlite3'],
      logLevel: 'silent',
      absWorkingDir: root,
    });
  }
  // A workshop file, exported by a host the way File > Export writes one.
  const source = makeHost();
  const created = await must(source, 'workshop.create', {
    title: 'Plan 2027',
    organisation: 'Lorand',
    sector: 'retail',
    date: null,
    language: 'fr',
  });
  const exported = await must(source, 'export.run', { workshopId: created.id, format: 'socle', language: 'fr' });
  workshopFile = join(work, 'Plan 2027.socle');
  writeFileSync(workshopFile, Buffer.from(exported.base64, 'base64'));
  source.dispose();
}, 60_000);

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

const runMain = async (dataDir: string, env: Record<string, string> = {}, args: string[] = []) =>
  await run({ main: join(appRoot, 'dist', 'electron', 'main.cjs'), appRoot, dataDir, env, args });

const workshopId = (url: string | undefined) => /#\/workshop\/([\w-]+)$/.exec(url ?? '')?.[1];

describe('bundled main process: opening workshop files (fake electron)', () => {
  it('imports a file named on the command line and opens the window on it', async () => {
    const dataDir = join(work, 'data-file');
    const report = await runMain(dataDir, {}, [workshopFile]);
    expect(report.exerciseError).toBeUndefined();
    expect(report.dialogs).toEqual([]);
    expect(report.windows).toHaveLength(1);
    const id = workshopId(report.windows[0]?.url);
    expect(id).toBeDefined();
    const db = new Database(join(dataDir, 'library.db'), { readonly: true });
    expect(db.prepare('SELECT title FROM workshops WHERE id = ?').get(id)).toEqual({ title: 'Plan 2027' });
    db.close();
    const recent = JSON.parse(readFileSync(join(dataDir, 'recent.json'), 'utf8')) as { path: string; workshopId: string }[];
    expect(recent).toMatchObject([{ path: workshopFile, workshopId: id }]);
    expect(report.lockData).toEqual({ socle: 1, files: [workshopFile], refused: [] });
    const file = report.menu?.find((m) => m.label === 'File');
    expect(JSON.stringify(file)).toContain('Plan 2027 (Plan 2027.socle)');
  });

  it('says which arguments it did not open, and still opens the library', async () => {
    const report = await runMain(join(work, 'data-refused'), {}, ['notes.txt', 'https://example.com/x.socle']);
    expect(report.windows).toHaveLength(1);
    expect(report.dialogs).toHaveLength(1);
    expect(report.dialogs[0]).toMatchObject({ kind: 'message', title: 'The file was not opened' });
    expect(report.dialogs[0]?.detail).toContain('"notes.txt" is not a workshop file');
    expect(report.dialogs[0]?.detail).toContain('"https://example.com/x.socle" is an address, not a file');
  });

  it('opens the file a second launch hands over, in the window already open', async () => {
    const data = { socle: 1, files: [workshopFile], refused: [] };
    const report = await runMain(join(work, 'data-second'), { FAKE_SECOND_INSTANCE: JSON.stringify({ argv: ['socle'], cwd: work, data }) });
    expect(report.windows).toHaveLength(1);
    expect(report.windows[0]?.url).toBe('socle://app/index.html');
    expect(report.windows[0]?.focused).toBeGreaterThan(0);
    // A typed file.opened event, never injected script.
    expect(report.windows[0]?.scripts).toEqual([]);
    expect(report.windows[0]?.events.filter((e) => e[1] === 'file.opened')).toEqual([
      ['socle:event', 'file.opened', { workshopId: expect.stringMatching(/^[\w-]+$/), path: workshopFile }],
    ]);
  });

  it("opens the file of macOS's open-file event", async () => {
    const report = await runMain(join(work, 'data-open-file'), { FAKE_OPEN_FILE: workshopFile });
    expect(report.openFilePrevented).toBe(true);
    expect(report.windows[0]?.events.filter((e) => e[1] === 'file.opened')).toEqual([
      ['socle:event', 'file.opened', { workshopId: expect.any(String), path: workshopFile }],
    ]);
    // The import itself reached the window as a workshop.changed event.
    expect(report.windows[0]?.events.some((e) => e[1] === 'workshop.changed')).toBe(true);
  });

  it('remembers where the window was and reopens it there', async () => {
    const dataDir = join(work, 'data-state');
    await runMain(dataDir);
    const saved = JSON.parse(readFileSync(join(dataDir, 'window-state.json'), 'utf8'));
    expect(saved).toEqual({ bounds: { x: 10, y: 20, width: 1360, height: 860 }, maximized: false, fullScreen: false });
    writeFileSync(join(dataDir, 'window-state.json'), JSON.stringify({ ...saved, bounds: { x: 200, y: 100, width: 1000, height: 700 } }));
    expect((await runMain(dataDir)).windows[0]?.options).toMatchObject({ x: 200, width: 1000 });
    // On a screen that no longer reaches there, the default window instead.
    const small = JSON.stringify([{ workArea: { x: 0, y: 0, width: 150, height: 90 } }]);
    expect((await runMain(dataDir, { FAKE_DISPLAYS: small })).windows[0]?.options.x).toBeUndefined();
    // Three launches of the bundled main one after the other: on a loaded machine that exceeds 20 s.
  }, 60_000);
});
