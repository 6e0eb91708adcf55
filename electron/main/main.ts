// Electron entry point: one instance per library, the host, the window, IPC and the menu. Thin on
// purpose: every decision lives in a plain module beside this one, tested without Electron.
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, session } from 'electron';
import { startHost, type Host } from '../host';
import { resolveDataDir } from '../host/paths';
import { APP_SCHEME } from './app-url';
import { languageFromLocale, textFor, type MainText } from './i18n';
import { bindIpc } from './ipc';
import { menuTemplate, SHORTCUTS } from './menu';
import { createAppProtocolHandler } from './protocol';
import { secureSession, secureWebContents } from './security';
import { replayShortcut } from './shortcuts';
import { appPaths, openHost, type AppPaths } from './startup';
import { createMainWindow } from './window';

let host: Host | null = null;
let mainWindow: BrowserWindow | null = null;

// Must happen before ready: the scheme needs a real origin, and every renderer is sandboxed.
protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } }]);
app.enableSandbox();
app.setName('Socle');

// userData follows the library folder, so the single-instance lock is per library: two windows on
// one database would race on the undo journal, two libraries side by side (tests, demos) are fine.
// Chromium's own files go to a subfolder so they stay apart from the library.
const dataDir = resolveDataDir(process.argv);
mkdirSync(dataDir, { recursive: true });
app.setPath('userData', dataDir);
app.setPath('sessionData', join(dataDir, 'chromium'));

app.on('web-contents-created', (_event, contents) => secureWebContents(contents));

function focusedContents() {
  return (BrowserWindow.getFocusedWindow() ?? mainWindow)?.webContents;
}

function openWindow(paths: AppPaths, text: MainText): void {
  mainWindow = createMainWindow(BrowserWindow, paths.preload, text.app);
  mainWindow.on('closed', () => {
    mainWindow = null;
  });
}

function fail(title: string, message: string): void {
  dialog.showErrorBox(title, message);
  app.exit(1);
}

function start(): void {
  const language = languageFromLocale(app.getLocale());
  const text = textFor(language);
  const paths = appPaths(app.getAppPath(), process.versions.electron);
  const opened = openHost({
    dataDir,
    language,
    nativeBinding: paths.nativeBinding,
    text,
    start: startHost,
    exists: existsSync,
  });
  if (!opened.ok) return fail(opened.title, opened.message);
  host = opened.host;

  secureSession(session.defaultSession);
  protocol.handle(APP_SCHEME, createAppProtocolHandler(paths.renderer));
  bindIpc(ipcMain, host);
  app.setAboutPanelOptions({ applicationName: text.app, applicationVersion: host.info.version });
  const replay = (accelerator: string) => () => replayShortcut(focusedContents(), accelerator, process.platform);
  const template = menuTemplate(language, {
    platform: process.platform,
    dev: !app.isPackaged,
    actions: { newWorkshop: replay(SHORTCUTS.newWorkshop), undo: replay(SHORTCUTS.undo), redo: replay(SHORTCUTS.redo) },
  });
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
  openWindow(paths, text);

  // A library set aside as corrupt (or any other host notice) is told once, over the window.
  // Waits for the window to be shown, since a sheet on a hidden window may never appear.
  const notice = host.info.notice;
  const window = mainWindow;
  if (notice && window) {
    window.once('ready-to-show', () => {
      void dialog.showMessageBox(window, {
        type: 'warning',
        title: text.noticeTitle,
        message: text.noticeTitle,
        detail: notice,
        buttons: [text.ok],
      });
    });
  }

  app.on('activate', () => {
    if (!mainWindow) openWindow(paths, text);
  });
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('will-quit', () => {
    host?.close();
    host = null;
  });
  app
    .whenReady()
    .then(start)
    .catch((error: unknown) => fail(textFor(languageFromLocale(app.getLocale())).startFailedTitle, String(error)));
}
