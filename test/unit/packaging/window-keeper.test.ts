// The main window: reopened where it was, saved as it closes, brought forward, moved to a workshop.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { APP_PAGE } from '../../../electron/main/app-url';
import { createWindowKeeper, type KeeperOptions } from '../../../electron/main/main-window';
import { showWorkshop, workshopHash } from '../../../electron/main/window';
import { parseHash } from '../../../renderer/stores/nav';

type Listener = () => void;

/** A BrowserWindow stand-in that records what is asked of it. */
class FakeWindow {
  static made: FakeWindow[] = [];
  listeners: Record<string, Listener[]> = {};
  urls: string[] = [];
  scripts: string[] = [];
  /** Events main sent the page: [channel, name, payload]. */
  events: unknown[][] = [];
  loading = true;
  minimized = false;
  calls: string[] = [];
  webContents = {
    isLoading: () => this.loading,
    executeJavaScript: (code: string) => (this.scripts.push(code), Promise.resolve()),
    getURL: () => this.urls.at(-1) ?? '',
    isDestroyed: () => false,
    send: (...args: unknown[]) => void this.events.push(args),
  };
  constructor(public options: { x?: number; y?: number; width: number; height: number }) {
    FakeWindow.made.push(this);
  }
  on(name: string, l: Listener) {
    (this.listeners[name] ??= []).push(l);
  }
  once(name: string, l: Listener) {
    this.on(name, l);
  }
  emit(name: string) {
    (this.listeners[name] ?? []).forEach((l) => l());
  }
  loadURL(url: string) {
    this.urls.push(url);
    return Promise.resolve();
  }
  show = () => this.calls.push('show');
  maximize = () => this.calls.push('maximize');
  setFullScreen = () => this.calls.push('fullscreen');
  focus = () => this.calls.push('focus');
  restore = () => this.calls.push('restore');
  isMinimized = () => this.minimized;
  isMaximized = () => false;
  isFullScreen = () => false;
  getNormalBounds = () => ({ x: 33, y: 44, width: 1111, height: 777 });
}

const dir = mkdtempSync(join(tmpdir(), 'socle-keeper-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function keeper(statePath: string) {
  const options: KeeperOptions = {
    Window: FakeWindow as unknown as KeeperOptions['Window'],
    workAreas: () => [{ x: 0, y: 0, width: 1920, height: 1040 }],
    statePath,
    preload: '/p.cjs',
    title: 'Socle',
  };
  return createWindowKeeper(options);
}

describe('createWindowKeeper', () => {
  it('opens where the window was, maximised again, and saves its place as it closes', () => {
    const statePath = join(dir, 'a.json');
    writeFileSync(statePath, JSON.stringify({ bounds: { x: 50, y: 60, width: 1200, height: 800 }, maximized: true }));
    const windows = keeper(statePath);
    const window = windows.open() as unknown as FakeWindow;
    expect(window.options).toMatchObject({ x: 50, y: 60, width: 1200, height: 800 });
    window.emit('ready-to-show');
    expect(window.calls).toEqual(['maximize', 'show']);
    window.emit('close');
    expect(JSON.parse(readFileSync(statePath, 'utf8'))).toEqual({
      bounds: { x: 33, y: 44, width: 1111, height: 777 },
      maximized: false,
      fullScreen: false,
    });
    window.emit('closed');
    expect(windows.current).toBeNull();
  });

  it('uses the default size when the saved place is off screen', () => {
    const statePath = join(dir, 'b.json');
    writeFileSync(statePath, JSON.stringify({ bounds: { x: 5000, y: 60, width: 1200, height: 800 }, maximized: false }));
    const window = keeper(statePath).open() as unknown as FakeWindow;
    expect(window.options).toMatchObject({ width: 1360, height: 860 });
    expect(window.options.x).toBeUndefined();
  });

  it('starts a new window on the workshop, or moves the open one to it', () => {
    const windows = keeper(join(dir, 'c.json'));
    windows.show('abc');
    const window = windows.current as unknown as FakeWindow;
    expect(window.urls).toEqual([`${APP_PAGE}#/workshop/abc`]);
    window.loading = false;
    window.minimized = true;
    windows.show('def', '/files/def.socle');
    // A typed event moves the loaded page, never injected script.
    expect(window.scripts).toEqual([]);
    expect(window.events).toEqual([['socle:event', 'file.opened', { workshopId: 'def', path: '/files/def.socle' }]]);
    expect(window.calls).toEqual(['restore', 'focus']);
    windows.bringForward();
    expect(window.calls).toEqual(['restore', 'focus', 'restore', 'focus']);
    // Already showing that workshop, at some step: the step is kept.
    window.urls.push(`${APP_PAGE}#/workshop/ghi/channels`);
    windows.show('ghi');
    expect(window.events).toHaveLength(1);
    expect(FakeWindow.made.filter((w) => w === window)).toHaveLength(1);
  });

  it('reopens the window when brought forward after it was closed', () => {
    const windows = keeper(join(dir, 'd.json'));
    const before = FakeWindow.made.length;
    windows.bringForward();
    expect(FakeWindow.made.length).toBe(before + 1);
  });
});

describe('showWorkshop', () => {
  it('reloads on the route while the page is still loading, since its listener may not be there yet', () => {
    const window = new FakeWindow({ width: 1, height: 1 });
    showWorkshop(window as unknown as Parameters<typeof showWorkshop>[0], 'x_1');
    expect(window.urls).toEqual([`${APP_PAGE}#/workshop/x_1`]);
    expect(window.scripts).toEqual([]);
  });

  it('writes a hash the renderer reads as that workshop', () => {
    for (const id of ['abc', 'A_b-9', '01JABCDEF']) {
      expect(parseHash(workshopHash(id))).toEqual({ screen: 'workshop', workshopId: id, step: 'context' });
    }
  });
});
