// The main window: its options as a pure function, and its creation given Electron's BrowserWindow.
import type { BrowserWindow, BrowserWindowConstructorOptions } from 'electron';
import { APP_PAGE } from './app-url';

export function windowOptions(preloadPath: string, title = 'Socle'): BrowserWindowConstructorOptions {
  return {
    title,
    width: 1360,
    height: 860,
    minWidth: 960,
    minHeight: 600,
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

/** Creates the window and loads the app's page; the class is passed in so this module stays testable. */
export function createMainWindow(Window: WindowClass, preloadPath: string, title?: string): BrowserWindow {
  const window = new Window(windowOptions(preloadPath, title));
  window.once('ready-to-show', () => window.show());
  void window.loadURL(APP_PAGE);
  return window;
}
