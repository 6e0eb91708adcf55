// Opening the library from the main process: the Electron SQLite build, and refusals told plainly.
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { describe, expect, it } from 'vitest';
import { startHost } from '../../../electron/host';
import type { Host, StartOptions } from '../../../electron/host';
import { LibraryOpenError } from '../../../electron/host/db/errors';
import { HostStartError } from '../../../electron/host/remote';
import { MAIN_TEXT } from '../../../electron/main/i18n';
import { appPaths, nativeBindingName, openHost } from '../../../electron/main/startup';

const fakeHost = { info: { notice: null } } as unknown as Host;

function request(start: (options: StartOptions) => Host | Promise<Host>, exists = true) {
  return { dataDir: '/data', language: 'en' as const, nativeBinding: '/app/n.node', text: MAIN_TEXT.en, start, exists: () => exists };
}

describe('openHost', () => {
  it('starts the host in electron mode with the Electron build of better-sqlite3', async () => {
    const seen: StartOptions[] = [];
    const opened = await openHost(request((options) => (seen.push(options), fakeHost)));
    expect(opened).toEqual({ ok: true, host: fakeHost });
    // Not packaged: a development run checks the host's answers against the contract.
    expect(seen).toEqual([{ dataDir: '/data', mode: 'electron', language: 'en', nativeBinding: '/app/n.node', validateOutput: true }]);
  });

  it('refuses a library from a newer version once, with its message, and tries nothing else', async () => {
    let attempts = 0;
    const opened = await openHost(
      request(() => {
        attempts += 1;
        throw new LibraryOpenError('newer', 'This library was saved by Socle 3.0.');
      }),
    );
    expect(attempts).toBe(1);
    expect(opened).toEqual({ ok: false, title: MAIN_TEXT.en.newerTitle, message: 'This library was saved by Socle 3.0.' });
  });

  it('names other refusals and plain errors too', async () => {
    const foreign = await openHost(
      request(() => {
        throw new LibraryOpenError('foreign', 'Not a Socle file.');
      }),
    );
    expect(foreign).toMatchObject({ ok: false, title: MAIN_TEXT.en.openFailedTitle });
    const crash = await openHost(
      request(() => {
        throw new Error('disk gone');
      }),
    );
    expect(crash).toEqual({ ok: false, title: MAIN_TEXT.en.startFailedTitle, message: 'disk gone' });
  });

  it('tells a French user, in French, that the library is open in another Socle, with the real lock', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'socle-startup-'));
    const first = startHost({ dataDir, mode: 'web' });
    try {
      const start = (options: StartOptions) => startHost({ ...options, nativeBinding: undefined });
      const opened = await openHost({ ...request(start), dataDir, language: 'fr', text: MAIN_TEXT.fr });
      expect(opened).toMatchObject({ ok: false, title: MAIN_TEXT.fr.openFailedTitle });
      if (!opened.ok) expect(opened.message).toContain(`La bibliothèque de ${dataDir} est déjà ouverte dans un autre Socle`);
    } finally {
      first.close();
    }
  });

  it('does not open the library without the Electron SQLite build', async () => {
    let started = false;
    const opened = await openHost(request(() => ((started = true), fakeHost), false));
    expect(started).toBe(false);
    expect(opened).toMatchObject({ ok: false, message: expect.stringContaining('/app/n.node') });
    expect(opened).toMatchObject({ message: expect.stringContaining('npm start') });
  });

  it('names a refusal the host process sent, in the words it chose, and a process that died', async () => {
    const newer = await openHost(
      request(() => Promise.reject(new HostStartError('Cette bibliothèque vient d’un Socle plus récent.', 'newer'))),
    );
    expect(newer).toEqual({ ok: false, title: MAIN_TEXT.en.newerTitle, message: 'Cette bibliothèque vient d’un Socle plus récent.' });
    const inUse = await openHost(request(() => Promise.reject(new HostStartError('Open elsewhere.', 'in-use'))));
    expect(inUse).toEqual({ ok: false, title: MAIN_TEXT.en.openFailedTitle, message: 'Open elsewhere.' });
    const died = await openHost(request(() => Promise.reject(new HostStartError('The library process ended (code 1).', null))));
    expect(died).toEqual({ ok: false, title: MAIN_TEXT.en.startFailedTitle, message: 'The library process ended (code 1).' });
  });

  it('asks for a reinstall, not npm start, when an installed app lacks it', async () => {
    const opened = await openHost({ ...request(() => fakeHost, false), packaged: true });
    expect(opened).toMatchObject({ ok: false, message: expect.stringContaining('reinstall') });
  });
});

describe('appPaths', () => {
  it('finds the bundles and the native build inside the app folder', async () => {
    expect(appPaths('/app', '38.8.6')).toEqual({
      preload: join('/app', 'dist', 'electron', 'preload.cjs'),
      renderer: join('/app', 'dist', 'renderer'),
      nativeBinding: join('/app', '.electron-native', 'better_sqlite3-electron-38.8.6.node'),
      packaged: false,
    });
  });

  it('finds the native build outside the archive once installed', async () => {
    const resources = join('/opt', 'Socle', 'resources');
    expect(appPaths(join(resources, 'app.asar'), '38.8.6', resources)).toEqual({
      preload: join(resources, 'app.asar', 'dist', 'electron', 'preload.cjs'),
      renderer: join(resources, 'app.asar', 'dist', 'renderer'),
      nativeBinding: join(resources, 'app.asar.unpacked', 'native', 'better_sqlite3-electron-38.8.6.node'),
      packaged: true,
    });
  });

  it('agrees with scripts/electron-native.mjs on the file name', async () => {
    const script = pathToFileURL(join(import.meta.dirname, '..', '..', '..', 'scripts', 'electron-native.mjs')).href;
    const native = (await import(script)) as { nativeFileName: (version: string) => string };
    expect(native.nativeFileName('38.8.6')).toBe(nativeBindingName('38.8.6'));
  });
});
