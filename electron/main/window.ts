// The main window: its options as a pure function, and its creation given Electron's BrowserWindow.
import type { BrowserWindow, BrowserWindowConstructorOptions } from 'electron';
import { sendEvent, type EventTarget } from './relay';
import { APP_PAGE } from './app-url';
import type { Rect, WindowState } from './window-state';

export const DEFAULT_SIZE = { width: 1360, height: 860 };
export const MIN_SIZE = { width: 960, height: 600 };

export function windowOptions(preloadPath: string, title = 'Socle', bounds?: Rect): BrowserWindowConstructorOptions {
  return {
    title,
    ...DEFAULT_SIZE,
    ...bounds,
    minWidth: MIN_SIZE.width,
    minHeight: MIN_SIZE.height,
    // Shown on ready-to-show so the user never sees an empty white frame.
    show: false,
    backgroundColor: '#ffffff',
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      // Chromium's spellchecker downloads its dictionaries from a Google CDN on Windows and Linux;
      // nothing may leave the machine.
      spellcheck: false,
    },
  };
}

type WindowClass = new (options: BrowserWindowConstructorOptions) => BrowserWindow;

export interface OpenOptions {
  /** Where the window was last, already checked against the current displays (window-state.ts). */
  state?: WindowState | null;
  /** A route of the renderer to start on, such as #/workshop/ID. */
  hash?: string;
}

/** Creates the window and loads the app's page; the class is passed in so this module stays testable. */
export function createMainWindow(Window: WindowClass, preloadPath: string, title?: string, open: OpenOptions = {}): BrowserWindow {
  const window = new Window(windowOptions(preloadPath, title, open.state?.bounds));
  window.once('ready-to-show', () => {
    if (open.state?.maximized) window.maximize();
    if (open.state?.fullScreen) window.setFullScreen(true);
    window.show();
  });
  load(window, open.hash ?? '');
  return window;
}

// A load interrupted by a newer one (a file opened while the page loads) rejects with ERR_ABORTED:
// expected, and the newer load is the one that counts.
function load(window: Pick<BrowserWindow, 'loadURL'>, hash: string): void {
  window.loadURL(APP_PAGE + hash).catch(() => undefined);
}

/** The renderer's route for a workshop (renderer/stores/nav.ts parseHash reads it; a test holds them together). */
export const workshopHash = (workshopId: string): string => `#/workshop/${encodeURIComponent(workshopId)}`;

/** What to save when the window closes: its bounds as they are when neither maximised nor full screen. */
export function windowState(window: Pick<BrowserWindow, 'getNormalBounds' | 'isMaximized' | 'isFullScreen'>): WindowState {
  return { bounds: window.getNormalBounds(), maximized: window.isMaximized(), fullScreen: window.isFullScreen() };
}

type Showing = Pick<BrowserWindow, 'isMinimized' | 'restore' | 'focus' | 'loadURL'> & {
  webContents: Pick<BrowserWindow['webContents'], 'isLoading' | 'getURL' | 'isDestroyed'> & EventTarget;
};

/**
 * Brings the window forward on a workshop. A loaded page only changes its hash, which the renderer
 * follows (renderer/app/useHashSync.ts) without reloading; a page still loading starts over on that
 * route, since its listener may not be in place yet.
 */
export function showWorkshop(window: Showing, workshopId: string, path: string | null = null): void {
  if (window.isMinimized()) window.restore();
  window.focus();
  const hash = workshopHash(workshopId);
  if (window.webContents.isLoading()) return load(window, hash);
  // Already on that workshop: stay on the step the room is at.
  const current = window.webContents.getURL();
  if (current === APP_PAGE + hash || current.startsWith(`${APP_PAGE}${hash}/`)) return;
  // A typed event, not injected script: the renderer moves to the workshop (renderer/app/commands.ts).
  if (!sendEvent(window.webContents, 'file.opened', { workshopId, path: path ?? '' })) load(window, hash);
}
