// Keeps the one main window: opens it where it was last, brings it forward, shows a workshop in it.
import type { BrowserWindow, Rectangle } from 'electron';
import { createMainWindow, MIN_SIZE, showWorkshop, windowState, workshopHash } from './window';
import { loadWindowState, restoreWindowState, saveWindowState } from './window-state';

export interface KeeperOptions {
  Window: Parameters<typeof createMainWindow>[0];
  /** The current displays' work areas; Electron's screen is only usable once the app is ready. */
  workAreas: () => Rectangle[];
  /** window-state.json in the library folder. */
  statePath: string;
  preload: string;
  title: string;
}

export interface WindowKeeper {
  readonly current: BrowserWindow | null;
  open(hash?: string): BrowserWindow;
  /** Restores and focuses the window, opening it again if it was closed (macOS keeps the app running). */
  bringForward(): void;
  /** Shows a workshop; `path` is the file it was opened from, if any. */
  show(workshopId: string, path?: string): void;
}

export function createWindowKeeper(options: KeeperOptions): WindowKeeper {
  let current: BrowserWindow | null = null;

  function open(hash?: string): BrowserWindow {
    const state = restoreWindowState(loadWindowState(options.statePath), options.workAreas(), MIN_SIZE);
    const window = createMainWindow(options.Window, options.preload, options.title, { state, hash });
    current = window;
    // Saved as it closes, which covers quitting too; a crash only loses the last move.
    window.on('close', () => saveWindowState(options.statePath, windowState(window)));
    window.on('closed', () => {
      if (current === window) current = null;
    });
    return window;
  }

  return {
    get current() {
      return current;
    },
    open,
    bringForward() {
      if (!current) return void open();
      if (current.isMinimized()) current.restore();
      current.focus();
    },
    show(workshopId, path) {
      if (current) showWorkshop(current, workshopId, path ?? null);
      else open(workshopHash(workshopId));
    },
  };
}
