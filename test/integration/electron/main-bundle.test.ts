// Runs the bundled main process (dist/electron/main.cjs) in plain Node against a fake 'electron',
// so its wiring is checked here even though no Electron binary can run on this machine.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CALL_NAMES } from '../../../shared/api/names';
import { CONTENT_SECURITY_POLICY } from '../../../electron/main/security';
import { makeAppRoot, runMain as run } from './fixtures/run-main';

const root = join(import.meta.dirname, '..', '..', '..');
let work = '';
let appRoot = '';

beforeAll(() => {
  execFileSync(process.execPath, [join(root, 'scripts', 'build-electron.mjs')], { cwd: root, stdio: 'pipe' });
  work = mkdtempSync(join(tmpdir(), 'socle-main-'));
  appRoot = makeAppRoot(join(work, 'app'));
}, 60_000);

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

const runMain = (dataDir: string, env: Record<string, string> = {}) =>
  run({ main: join(root, 'dist', 'electron', 'main.cjs'), appRoot, dataDir, env });

describe('bundled main process (fake electron)', () => {
  it('starts the host, registers the scheme, binds IPC and opens a sandboxed window', () => {
    const dataDir = join(work, 'data-ok');
    const report = runMain(dataDir, { FAKE_LOCALE: 'fr-FR' });
    expect(report.exerciseError).toBeUndefined();
    expect(report.exitCode).toBeUndefined();
    expect(report.name).toBe('Socle');
    expect(report.sandbox).toBe(true);
    expect(report.paths.userData).toBe(dataDir);
    expect(report.schemes).toEqual([{ scheme: 'socle', privileges: { standard: true, secure: true, supportFetchAPI: true } }]);
    expect(report.ipcChannels).toEqual([...CALL_NAMES]);
    expect(report.windows).toHaveLength(1);
    expect(report.windows[0]).toMatchObject({ url: 'socle://app/index.html', shown: true });
    expect(report.windows[0]?.options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      preload: join(appRoot, 'dist', 'electron', 'preload.cjs'),
    });
    expect(report.menu?.map((m) => m.label)).toEqual(['Fichier', 'Édition', 'Affichage', 'Fenêtre', 'Aide']);
    expect(report.webContentsHooks).toBe(1);
    // A saved export opens in the system's viewer; a cancelled one does not.
    expect(report.opened).toEqual(['/tmp/Stratégie.docx']);
    expect(report.dialogs).toEqual([]);
  });

  it('runs the host in its own utility process and holds the quit until that process has closed the library', () => {
    const dataDir = join(work, 'data-process');
    const report = runMain(dataDir);
    expect(report.exerciseError).toBeUndefined();
    expect(report.utilityProcesses).toEqual([
      {
        modulePath: join(root, 'dist', 'electron', 'host-process.cjs'),
        args: ['--socle-host', '--room-static', join(appRoot, 'dist', 'renderer')],
        serviceName: 'Socle library',
        execArgv: ['--single-threaded-gc', '--no-concurrent-recompilation'],
        exitCode: 0,
      },
    ]);
    // The window's call went through main to the process, which opened the library in dataDir.
    expect(report.appInfo).toMatchObject({ ok: true, value: { mode: 'electron', dataDir } });
    expect(report.quitHeld).toBe(true);
    expect(report.quitTimedOut).toBeUndefined();
    expect(report.quit).toBe(true);
    // Closed cleanly: the lock is released, so a second run opens the same library.
    expect(runMain(dataDir).appInfo).toMatchObject({ ok: true });
  });

  it('opens the room from the window: the host process listens, on the pinned loopback address, until closed', () => {
    const report = runMain(join(work, 'data-room'), { FAKE_OPEN_ROOM: '1', SOCLE_ROOM_ADDRESS: '127.0.0.1' });
    expect(report.exerciseError).toBeUndefined();
    expect(report.utilityProcesses[0]?.args).toEqual(['--socle-host', '--room-static', join(appRoot, 'dist', 'renderer')]);
    expect(report.roomOpen).toMatchObject({ ok: true });
    expect(report.roomState?.value?.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+/);
    expect(report.roomState?.value?.code).toMatch(/^\d{6}$/);
    // The participants' page, served from the built interface by the host process.
    expect(report.roomPage).toEqual({ status: 200, body: '<!doctype html><title>Socle room page</title>' });
    expect(report.roomClose).toMatchObject({ ok: true });
    expect(report.roomAfterClose).toBe('ECONNREFUSED');
  });

  it('presents on the second display: a sandboxed full-screen audience window, the popup itself refused', () => {
    const displays = [
      { id: 7, bounds: { x: 0, y: 0, width: 1920, height: 1080 }, workArea: { x: 0, y: 0, width: 1920, height: 1040 } },
      { id: 8, bounds: { x: 1920, y: 0, width: 1280, height: 720 }, workArea: { x: 1920, y: 0, width: 1280, height: 720 } },
    ];
    const report = runMain(join(work, 'data-present-2'), { FAKE_PRESENT: 'w1', FAKE_DISPLAYS: JSON.stringify(displays) });
    expect(report.present?.answer).toEqual({ action: 'deny' });
    expect(report.present?.foreign).toEqual({ action: 'deny' });
    expect(report.present?.windows).toHaveLength(1);
    const audience = report.present?.windows[0];
    expect(audience).toMatchObject({ url: 'socle://app/index.html#/audience/w1', shown: true });
    expect(audience?.options).toMatchObject({ x: 1920, y: 0, width: 1280, height: 720, fullscreen: true });
    expect(audience?.options.webPreferences).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false });
    expect(report.present?.events).toEqual([]);
  });

  it('presents on one display by starting the single-screen presentation in the window', () => {
    const report = runMain(join(work, 'data-present-1'), { FAKE_PRESENT: 'w1' });
    expect(report.present?.answer).toEqual({ action: 'deny' });
    expect(report.present?.windows).toEqual([]);
    expect(report.present?.events).toEqual([['socle:event', 'app.command', { command: 'presenter' }]]);
  });

  it('tells the window when the host process dies, then quits', () => {
    const report = runMain(join(work, 'data-killed'), { FAKE_KILL_HOST: '1', FAKE_LOCALE: 'fr-FR' });
    expect(report.windows).toHaveLength(1);
    expect(report.dialogs).toEqual([
      expect.objectContaining({ kind: 'message', title: 'La bibliothèque de Socle s’est arrêtée', parent: true }),
    ]);
    expect(report.dialogs[0]?.detail).toContain('rouvrez-le');
    expect(report.quit).toBe(true);
    expect(report.exitCode).toBeUndefined();
  });

  it('serves the page with the CSP, refuses foreign senders and remote requests', () => {
    const report = runMain(join(work, 'data-serve'));
    expect(report.page).toEqual({ status: 200, csp: CONTENT_SECURITY_POLICY, body: '<!doctype html><title>Socle test page</title>' });
    expect(report.escape).toBe(403);
    expect(report.appInfo).toMatchObject({ ok: true, value: { mode: 'electron', dataDir: join(work, 'data-serve') } });
    expect(report.foreign).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(report.permissionGranted).toBe(false);
    expect(report.remoteRequest).toEqual({ cancel: true });
  });

  it('refuses a library from a newer version with a dialog, opens no window and leaves the file as it was', () => {
    const dataDir = join(work, 'data-newer');
    mkdirSync(dataDir);
    const file = join(dataDir, 'library.db');
    const db = new Database(file);
    db.pragma(`application_id = ${0x536f636c}`); // 'Socl': a Socle library, only newer
    db.exec('CREATE TABLE future (x INTEGER)');
    db.pragma('user_version = 9999');
    db.close();
    const before = readFileSync(file);
    const report = runMain(dataDir);
    expect(report.exitCode).toBe(1);
    expect(report.windows).toEqual([]);
    expect(report.dialogs).toHaveLength(1);
    expect(report.dialogs[0]).toMatchObject({ kind: 'error', title: 'This library was made by a newer version of Socle' });
    expect(report.dialogs[0]?.message).toMatch(/newer version/);
    expect(readFileSync(file).equals(before)).toBe(true);
    // socle.lock is the lock the host takes before opening anything (one owner per library), not part of the library.
    expect(readdirSync(dataDir).filter((n) => n !== 'socle.lock')).toEqual(['library.db']);
  });

  it('tells the user, over the window, that a damaged library was set aside', () => {
    const dataDir = join(work, 'data-foreign');
    mkdirSync(dataDir);
    writeFileSync(join(dataDir, 'library.db'), 'not a database at all');
    const report = runMain(dataDir);
    expect(report.windows).toHaveLength(1);
    expect(report.dialogs).toEqual([expect.objectContaining({ kind: 'message', title: 'About your library', type: 'warning' })]);
    expect(report.dialogs[0]?.detail).toContain('library.db.foreign-');
  });

  it('refuses to start without the Electron build of better-sqlite3', () => {
    const report = runMain(join(work, 'data-native'), { FAKE_ELECTRON_VERSION: '99.0.0' });
    expect(report.exitCode).toBe(1);
    expect(report.dialogs[0]?.message).toContain('better_sqlite3-electron-99.0.0.node');
  });

  it('quits at once when another instance holds the library', () => {
    const report = runMain(join(work, 'data-locked'), { FAKE_LOCKED: '1' });
    expect(report.windows).toEqual([]);
    expect(report.ipcChannels).toEqual([]);
  });
});
