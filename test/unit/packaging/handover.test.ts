// A second launch hands its files to the running Socle; macOS's open-file does the same.
import { describe, expect, it } from 'vitest';
import { claimInstance, listenForOpenFile, openLaunchFiles } from '../../../electron/main/file-requests';
import { handedOver, handoverData, launchFiles } from '../../../electron/main/open-file';
import type { Opener } from '../../../electron/main/opener';

type Listener = (...args: unknown[]) => void;

/** Just enough of Electron's app: listeners by event, and a lock that another instance may hold. */
function fakeApp(locked = false) {
  const listeners: Record<string, Listener[]> = {};
  const lockData: unknown[] = [];
  const app = {
    on(name: string, listener: Listener) {
      (listeners[name] ??= []).push(listener);
      return app;
    },
    requestSingleInstanceLock(data?: unknown) {
      lockData.push(data);
      return !locked;
    },
    emit: (name: string, ...args: unknown[]) => (listeners[name] ?? []).forEach((l) => l(...args)),
    listeners,
    lockData,
  };
  return app;
}

function recordingOpener() {
  const seen: string[] = [];
  const opener: Opener = {
    open: (paths) => {
      seen.push(...paths.map((p) => `open ${p}`));
      return Promise.resolve();
    },
    refuse: (refused) => seen.push(...refused.map((r) => `refuse ${r.arg} (${r.reason})`)),
    ready: () => {
      seen.push('ready');
      return Promise.resolve();
    },
  };
  return { opener, seen };
}

const linux = { platform: 'linux' as const, skip: 1 };
type Fake = ReturnType<typeof fakeApp>;
const asApp = (app: Fake) => app as unknown as Parameters<typeof claimInstance>[0];

describe('second launch', () => {
  it('sends its own files with the lock request, and quits when another Socle holds the library', () => {
    const app = fakeApp(true);
    const { opener, seen } = recordingOpener();
    const launch = openLaunchFiles(opener, ['socle', 'a.socle', 'notes.txt'], { ...linux, cwd: '/home/ana' });
    const claimed = claimInstance(asApp(app), opener, launch, { ...linux, bringForward: () => seen.push('front') });
    expect(claimed).toBe(false);
    expect(app.lockData).toEqual([{ socle: 1, files: ['/home/ana/a.socle'], refused: [{ arg: 'notes.txt', reason: 'not-socle' }] }]);
    expect(app.listeners['second-instance']).toBeUndefined();
    // Its own opener only queued them: it never becomes ready, so nothing is imported twice.
    expect(seen).toEqual(['refuse notes.txt (not-socle)', 'open /home/ana/a.socle']);
  });

  it('the running instance comes forward and opens what it is handed', () => {
    const app = fakeApp(false);
    const { opener, seen } = recordingOpener();
    const claimed = claimInstance(asApp(app), opener, launchFiles(['socle'], { ...linux, cwd: '/' }), {
      ...linux,
      bringForward: () => seen.push('front'),
    });
    expect(claimed).toBe(true);
    const second = handoverData(launchFiles(['socle', 'b.socle', 'https://x.example/c.socle'], { ...linux, cwd: '/home/bob' }));
    app.emit('second-instance', {}, ['socle', 'ignored.socle'], '/home/bob', second);
    expect(seen).toEqual(['front', 'refuse https://x.example/c.socle (url)', 'open /home/bob/b.socle']);
  });

  it('reads the forwarded argv when the second launch sent no data (or something else)', () => {
    const app = fakeApp(false);
    const { opener, seen } = recordingOpener();
    claimInstance(asApp(app), opener, { files: [], refused: [] }, { ...linux, bringForward: () => seen.push('front') });
    app.emit('second-instance', {}, ['socle', '--data-dir', '/d', 'c.socle'], '/home/cy', undefined);
    app.emit('second-instance', {}, ['socle', 'd.socle'], '/home/cy', { socle: 1, files: 'not a list' });
    expect(seen).toEqual(['front', 'open /home/cy/c.socle', 'front', 'open /home/cy/d.socle']);
  });

  it('checks handed-over paths again: another process sent them', () => {
    const data = { socle: 1, files: ['/x/ok.socle', '/x/evil.exe', 'https://x/y.socle', 'rel.socle'], refused: [] };
    expect(handedOver([], '/home/dee', data, linux)).toEqual({
      files: ['/x/ok.socle', '/home/dee/rel.socle'],
      refused: [
        { arg: '/x/evil.exe', reason: 'not-socle' },
        { arg: 'https://x/y.socle', reason: 'url' },
      ],
    });
  });

  it('handles Windows second launches, which forward backslashed paths', () => {
    const win = { platform: 'win32' as const, skip: 1 };
    const argv = ['C:\\Program Files\\Socle\\Socle.exe', '--allow-file-access', 'D:\\Partage\\Atelier.socle'];
    expect(handedOver(argv, 'C:\\Users\\Ana', null, win).files).toEqual(['D:\\Partage\\Atelier.socle']);
  });
});

describe('macOS open-file', () => {
  it('takes the file from Finder, keeping Electron from its default handling', () => {
    const app = fakeApp();
    const { opener, seen } = recordingOpener();
    listenForOpenFile(asApp(app), opener, 'darwin', () => '/');
    let prevented = false;
    app.emit('open-file', { preventDefault: () => (prevented = true) }, '/Users/ana/Plan.socle');
    app.emit('open-file', { preventDefault: () => undefined }, '/Users/ana/Plan.key');
    expect(prevented).toBe(true);
    expect(seen).toEqual(['open /Users/ana/Plan.socle', 'refuse /Users/ana/Plan.key (not-socle)']);
  });
});
