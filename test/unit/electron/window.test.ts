// The main window's options keep Node out of the page and load only the app's own origin.
import { describe, expect, it } from 'vitest';
import { APP_PAGE } from '../../../electron/main/app-url';
import { createMainWindow, windowOptions } from '../../../electron/main/window';

// Electron's types reached through the module under test: tests do not import 'electron' at all.
type BrowserWindowConstructorOptions = ReturnType<typeof windowOptions>;
type WindowClass = Parameters<typeof createMainWindow>[0];

describe('windowOptions', () => {
  it('isolates, sandboxes and keeps web security on', () => {
    const prefs = windowOptions('/app/dist/electron/preload.cjs').webPreferences;
    expect(prefs).toMatchObject({
      preload: '/app/dist/electron/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
    });
  });

  it('turns off the spellchecker, which would download dictionaries', () => {
    expect(windowOptions('/p').webPreferences?.spellcheck).toBe(false);
  });
});

describe('createMainWindow', () => {
  it('loads the app page and shows the window once it is ready', () => {
    const seen: { options?: BrowserWindowConstructorOptions; url?: string; shown: boolean; ready?: () => void } = {
      shown: false,
    };
    class FakeWindow {
      constructor(options: BrowserWindowConstructorOptions) {
        seen.options = options;
      }
      once(_name: string, listener: () => void) {
        seen.ready = listener;
      }
      show() {
        seen.shown = true;
      }
      loadURL(url: string) {
        seen.url = url;
        return Promise.resolve();
      }
    }
    createMainWindow(FakeWindow as unknown as WindowClass, '/p.cjs');
    expect(seen.url).toBe(APP_PAGE);
    expect(seen.options?.webPreferences?.preload).toBe('/p.cjs');
    expect(seen.shown).toBe(false);
    seen.ready?.();
    expect(seen.shown).toBe(true);
  });
});
