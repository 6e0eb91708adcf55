// Opening the library from the main process: the Electron SQLite build, and refusals told plainly.
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Host, StartOptions } from '../../../electron/host';
import { LibraryOpenError } from '../../../electron/host/db/errors';
import { MAIN_TEXT } from '../../../electron/main/i18n';
import { appPaths, nativeBindingName, openHost } from '../../../electron/main/startup';

const fakeHost = { info: { notice: null } } as unknown as Host;

function request(start: (options: StartOptions) => Host, exists = true) {
  return { dataDir: '/data', language: 'en' as const, nativeBinding: '/app/n.node', text: MAIN_TEXT.en, start, exists: () => exists };
}

describe('openHost', () => {
  it('starts the host in electron mode with the Electron build of better-sqlite3', () => {
    const seen: StartOptions[] = [];
    const opened = openHost(request((options) => (seen.push(options), fakeHost)));
    expect(opened).toEqual({ ok: true, host: fakeHost });
    // Not packaged: a development run checks the host's answers against the contract.
    expect(seen).toEqual([{ dataDir: '/data', mode: 'electron', language: 'en', nativeBinding: '/app/n.node', validateOutput: true }]);
  });

  it('refuses a library from a newer version once, with its message, and tries nothing else', () => {
    let attempts = 0;
    const opened = openHost(
      request(() => {
        attempts += 1;
        throw new LibraryOpenError('newer', 'This library was saved by Socle 3.0.');
      }),
    );
    expect(attempts).toBe(1);
    expect(opened).toEqual({ ok: false, title: MAIN_TEXT.en.newerTitle, message: 'This library was saved by Socle 3.0.' });
  });

  it('names other refusals and plain errors too', () => {
    const foreign = openHost(
      request(() => {
        throw new LibraryOpenError('foreign', 'Not a Socle file.');
      }),
    );
    expect(foreign).toMatchObject({ ok: false, title: MAIN_TEXT.en.openFailedTitle });
    const crash = openHost(
      request(() => {
        throw new Error('disk gone');
      }),
    );
    expect(crash).toEqual({ ok: false, title: MAIN_TEXT.en.startFailedTitle, message: 'disk gone' });
  });

  it('does not open the library without the Electron SQLite build', () => {
    let started = false;
    const opened = openHost(request(() => ((started = true), fakeHost), false));
    expect(started).toBe(false);
    expect(opened).toMatchObject({ ok: false, message: expect.stringContaining('/app/n.node') });
    expect(opened).toMatchObject({ message: expect.stringContaining('npm start') });
  });

  it('asks for a reinstall, not npm start, when an installed app lacks it', () => {
    const opened = openHost({ ...request(() => fakeHost, false), packaged: true });
    expect(opened).toMatchObject({ ok: false, message: expect.stringContaining('reinstall') });
  });
});

describe('appPaths', () => {
  it('finds the bundles and the native build inside the app folder', () => {
    expect(appPaths('/app', '38.8.6')).toEqual({
      preload: join('/app', 'dist', 'electron', 'preload.cjs'),
      renderer: join('/app', 'dist', 'renderer'),
      nativeBinding: join('/app', '.electron-native', 'better_sqlite3-electron-38.8.6.node'),
      packaged: false,
    });
  });

  it('finds the native build outside the archive once installed', () => {
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
