// Electron entry point: one instance per library, the host, the window, IPC, menus and opened files.
// Thin on purpose: every decision lives in a plain module beside this one, tested without Electron.
import { existsSync, mkdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, screen, session, shell, utilityProcess } from 'electron';
import pkg from '../../package.json' with { type: 'json' };
import { openDownloadsWhenSaved } from './downloads';
import { fail as failed } from '../../shared/api/result';
import { startHostProcess } from './host-process';
import { ROOM_STATIC_FLAG } from '../host/protocol';
import { resolveDataDir } from '../host/paths';
import { aboutBox } from './about';
import { APP_SCHEME } from './app-url';
import { chooseWorkshopFiles, showAbout, tell } from './dialogs';
import { languageFromLocale, textFor } from './i18n';
import { FILE_TEXT } from './i18n-files';
import { bindIpc } from './ipc';
import { createWindowKeeper, type WindowKeeper } from './main-window';
import { menuTemplate, type MenuActions } from './menu';
import { claimInstance, listenForOpenFile, openLaunchFiles } from './file-requests';
import { leadingArgs } from './open-file';
import { createOpener, diskFiles } from './opener';
import { createAppProtocolHandler } from './protocol';
import { RECENT_FILE, recentLabel, RecentFiles } from './recent';
import { secureSession, secureWebContents } from './security';
import { relayEvents, sendEvent } from './relay';
import type { AppCommand } from '../../shared/api/names';
import { createPresenter, type Presenter } from './audience-window';
import { appPaths, openHost, type MainHost } from './startup';
import { WINDOW_STATE_FILE } from './window-state';

let host: MainHost | null = null;
let windows: WindowKeeper | null = null;
const platform = process.platform;
const argvOptions = { platform, skip: leadingArgs(process.defaultApp) };
const mainWindow = () => windows?.current ?? null;
// The host process's bundle sits beside this one (scripts/build-electron.mjs writes both to dist/electron).
const HOST_PROCESS_ENTRY = join(__dirname, 'host-process.cjs');

// Must happen before ready: the scheme needs a real origin, and every renderer is sandboxed.
protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } }]);
app.enableSandbox();
app.setName('Socle');

// userData follows the library folder, so the single-instance lock is per library: two windows on
// one database would race on the undo journal, two libraries side by side (tests, demos) are fine.
// Chromium's own files go to a subfolder so they stay apart from the library.
const dataDir = resolveDataDir(process.argv);
// Owner only (0700), like everything the host writes there.
mkdirSync(dataDir, { recursive: true, mode: 0o700 });
app.setPath('userData', dataDir);
app.setPath('sessionData', join(dataDir, 'chromium'));
const recent = new RecentFiles(join(dataDir, RECENT_FILE), platform, () => refreshMenu());

// "Present" asks for the audience route with window.open; main opens that window itself (audience-window.ts).
let present: Presenter | null = null;
app.on('web-contents-created', (_event, contents) => secureWebContents(contents, (url) => void present?.(contents, url)));

// The locale is known only once the app is ready, which is when anything is said to the user.
const language = () => languageFromLocale(app.getLocale());
const text = () => textFor(language());
// The Dock's and the taskbar's own recent lists.
const systemRecents = platform === 'darwin' || platform === 'win32';

// Files from the command line, a second launch, Finder or File > Open all go through this one opener;
// it waits for the library and the window (opener.ready() in start).
const opener = createOpener({
  ...diskFiles,
  call: (name, input) => (host ? host.call(name, input) : Promise.resolve(failed('internal', 'The library is not open yet.'))),
  recent: () => recent.entries,
  remember: (entry) => {
    recent.add(entry);
    if (systemRecents) app.addRecentDocument(entry.path);
  },
  forget: (path) => recent.remove(path),
  show: (workshopId, path) => windows?.show(workshopId, path),
  tell: (title, messages) => void tell(dialog, mainWindow(), title, messages, text().ok),
  get text() {
    return FILE_TEXT[language()];
  },
  platform,
});

const launch = openLaunchFiles(opener, process.argv, { ...argvOptions, cwd: process.cwd() });
listenForOpenFile(app, opener, platform, () => process.cwd());

// Menu commands the renderer carries out reach the focused window as typed `app.command` events.
const command = (name: AppCommand) => () =>
  void sendEvent((BrowserWindow.getFocusedWindow() ?? mainWindow())?.webContents, 'app.command', { command: name });
const actions: MenuActions = {
  newWorkshop: command('new-workshop'),
  undo: command('undo'),
  redo: command('redo'),
  openFile: () => void chooseWorkshopFiles(dialog, mainWindow(), FILE_TEXT[language()]).then((files) => opener.open(files)),
  openRecent: (path) => void opener.open([path]),
  clearRecent: () => {
    recent.clear();
    if (systemRecents) app.clearRecentDocuments();
  },
  about: () => {
    const facts = {
      version: host?.info.version ?? pkg.version,
      licence: (pkg as { license?: string }).license,
      versions: process.versions,
    };
    void showAbout(dialog, mainWindow(), aboutBox(language(), facts));
  },
};

function refreshMenu(): void {
  const items = recent.entries.map((entry) => ({ path: entry.path, label: recentLabel(entry, basename) }));
  Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate(language(), { platform, dev: !app.isPackaged, actions, recent: items })));
}

function fail(title: string, message: string): void {
  dialog.showErrorBox(title, message);
  app.exit(1);
}

/**
 * The host process ended on its own (a crash, the system killed it): main cannot answer the windows any
 * more, and restarting behind the user's back could hide a library that keeps failing. So Socle says so
 * over the window, once, and quits; every change was saved by the host as it was made.
 */
function hostStopped(code: number | null): void {
  host = null;
  const t = text();
  void tell(dialog, mainWindow(), t.hostStoppedTitle, [t.hostStopped(code)], t.ok).finally(() => app.quit());
}

async function start(): Promise<void> {
  const t = text();
  const paths = appPaths(app.getAppPath(), process.versions.electron, app.isPackaged ? process.resourcesPath : undefined);
  // The library, its services and its exporters live in their own process; main keeps windows, menus, dialogs.
  const opened = await openHost({
    dataDir,
    language: language(),
    nativeBinding: paths.nativeBinding,
    packaged: paths.packaged,
    text: t,
    // The room's participant pages are built with the interface; the process serves them when the room opens.
    start: (options) =>
      startHostProcess(
        (path, args, o) => utilityProcess.fork(path, [...args, ROOM_STATIC_FLAG, paths.renderer], o),
        HOST_PROCESS_ENTRY,
        options,
        hostStopped,
      ),
    exists: existsSync,
  });
  if (!opened.ok) return fail(opened.title, opened.message);
  host = opened.host;

  secureSession(session.defaultSession);
  openDownloadsWhenSaved(
    session.defaultSession,
    (path) => shell.openPath(path),
    (message) => console.error(`Socle: could not open ${message}`),
    (path) => shell.showItemInFolder(path),
  );
  protocol.handle(APP_SCHEME, createAppProtocolHandler(paths.renderer));
  bindIpc(ipcMain, host);
  // Every host event (another window's edit, an export's progress) goes to every window of Socle.
  relayEvents(host.events, () => BrowserWindow.getAllWindows().map((w) => w.webContents));
  recent.load(existsSync);
  refreshMenu();
  windows = createWindowKeeper({
    Window: BrowserWindow,
    workAreas: () => screen.getAllDisplays().map((display) => display.workArea),
    statePath: join(dataDir, WINDOW_STATE_FILE),
    preload: paths.preload,
    title: t.app,
  });
  present = createPresenter({
    Window: BrowserWindow,
    displays: () => screen.getAllDisplays(),
    primaryId: () => screen.getPrimaryDisplay().id,
    controlBounds: () => mainWindow()?.getBounds() ?? null,
    preload: paths.preload,
    title: t.app,
  });
  // Files asked for until now are opened first, so the window can start on the last of them.
  void opener.ready();
  const window = windows.current ?? windows.open();

  // A library set aside as corrupt (or any other host notice) is told once, over the window.
  // Waits for the window to be shown, since a sheet on a hidden window may never appear.
  const notice = host.info.notice;
  if (notice) window.once('ready-to-show', () => void tell(dialog, window, t.noticeTitle, [notice], t.ok));

  app.on('activate', () => windows?.current ?? windows?.open());
}

// A second launch hands its files to the running instance and quits.
if (!claimInstance(app, opener, launch, { ...argvOptions, bringForward: () => windows?.bringForward() })) {
  app.quit();
} else {
  app.on('window-all-closed', () => {
    if (platform !== 'darwin') app.quit();
  });
  // Quitting waits for the host process to close the library (a second or so at most), then quits again.
  app.on('will-quit', (event) => {
    const closing = host;
    if (!closing) return;
    host = null;
    event.preventDefault();
    const timeout = new Promise((done) => setTimeout(done, 3000));
    void Promise.race([closing.close(), timeout]).finally(() => app.quit());
  });
  app
    .whenReady()
    .then(start)
    .catch((error: unknown) => fail(textFor(languageFromLocale(app.getLocale())).startFailedTitle, String(error)));
}
