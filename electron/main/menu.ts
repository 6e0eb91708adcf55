// The application menu as a pure function of the language and platform; main.ts builds it.
import type { MenuItemConstructorOptions } from 'electron';
import type { Language } from '../../shared/model';
import { textFor } from './i18n';

/** What menu items do: the first three only the renderer knows how to do (main sends them as `app.command`). */
export interface MenuActions {
  newWorkshop: () => void;
  undo: () => void;
  redo: () => void;
  /** Export… and Presenter reach the window as `app.command`; without them (main not wired yet) the items are left out. */
  exportWorkshop?: () => void;
  presenter?: () => void;
  openFile: () => void;
  openRecent: (path: string) => void;
  clearRecent: () => void;
  about: () => void;
}

export interface RecentItem {
  path: string;
  label: string;
}

export interface MenuOptions {
  platform: NodeJS.Platform;
  /** Reload and developer tools are for development builds only. */
  dev: boolean;
  actions: MenuActions;
  /** File > Open Recent, most recent first. */
  recent?: readonly RecentItem[];
}

// On Windows and Linux "&" marks the next letter as the item's access key; a workshop called
// "R&D" must show its ampersand.
export const menuLabel = (text: string): string => text.replace(/&/g, '&&');

/** The Open Recent entries, or one disabled line saying there are none. */
function recentItems(options: MenuOptions, t: ReturnType<typeof textFor>): MenuItemConstructorOptions[] {
  const recent = options.recent ?? [];
  if (recent.length === 0) return [{ label: t.noRecent, enabled: false }];
  return [
    ...recent.map((item) => ({
      id: `recent:${item.path}`,
      label: menuLabel(item.label),
      click: () => options.actions.openRecent(item.path),
    })),
    { type: 'separator' },
    { label: t.clearRecent, click: options.actions.clearRecent },
  ];
}

// New workshop, Undo and Redo are the renderer's own keyboard shortcuts. Their accelerators are
// shown but not registered, so the keystroke reaches the page (which decides between undoing text
// in a field and undoing a workshop edit); a click sends the window a typed `app.command` event.
export const SHORTCUTS = {
  newWorkshop: 'CmdOrCtrl+N',
  undo: 'CmdOrCtrl+Z',
  redo: 'CmdOrCtrl+Shift+Z',
  exportWorkshop: 'CmdOrCtrl+E',
  presenter: 'F5',
} as const;

/** Opening a file is the main process's own business (a native dialog), so its accelerator is registered. */
export const OPEN_FILE_SHORTCUT = 'CmdOrCtrl+O';

/** An item whose shortcut the page handles itself (shown, not registered); a click sends the window an `app.command`. */
const renderers = (label: string, accelerator: string, click: () => void): MenuItemConstructorOptions => ({
  label,
  accelerator,
  registerAccelerator: false,
  click,
});

export function menuTemplate(language: Language, options: MenuOptions): MenuItemConstructorOptions[] {
  const t = textFor(language);
  const mac = options.platform === 'darwin';
  const { actions } = options;
  const sep: MenuItemConstructorOptions = { type: 'separator' };

  const appMenu: MenuItemConstructorOptions = {
    label: t.app,
    submenu: [
      { label: t.about, click: actions.about },
      sep,
      { role: 'hide', label: t.hide },
      { role: 'hideOthers', label: t.hideOthers },
      { role: 'unhide', label: t.showAll },
      sep,
      { role: 'quit', label: t.quit },
    ],
  };
  const file: MenuItemConstructorOptions = {
    label: t.file,
    submenu: [
      { label: t.newWorkshop, accelerator: SHORTCUTS.newWorkshop, registerAccelerator: false, click: actions.newWorkshop },
      { label: t.openFile, accelerator: OPEN_FILE_SHORTCUT, click: actions.openFile },
      { label: t.openRecent, submenu: recentItems(options, t) },
      ...(actions.exportWorkshop ? [sep, renderers(t.exportWorkshop, SHORTCUTS.exportWorkshop, actions.exportWorkshop)] : []),
      sep,
      { role: 'close', label: t.closeWindow },
      ...(mac ? [] : [sep, { role: 'quit', label: t.quit } as MenuItemConstructorOptions]),
    ],
  };
  const edit: MenuItemConstructorOptions = {
    label: t.edit,
    submenu: [
      { label: t.undo, accelerator: SHORTCUTS.undo, registerAccelerator: false, click: actions.undo },
      { label: t.redo, accelerator: SHORTCUTS.redo, registerAccelerator: false, click: actions.redo },
      sep,
      { role: 'cut', label: t.cut },
      { role: 'copy', label: t.copy },
      { role: 'paste', label: t.paste },
      { role: 'selectAll', label: t.selectAll },
    ],
  };
  const devItems: MenuItemConstructorOptions[] = options.dev
    ? [{ role: 'reload', label: t.reload }, { role: 'toggleDevTools', label: t.devTools }, sep]
    : [];
  const view: MenuItemConstructorOptions = {
    label: t.view,
    submenu: [
      ...devItems,
      ...(actions.presenter ? [renderers(t.presenter, SHORTCUTS.presenter, actions.presenter), sep] : []),
      { role: 'togglefullscreen', label: t.toggleFullScreen },
      sep,
      { role: 'resetZoom', label: t.resetZoom },
      { role: 'zoomIn', label: t.zoomIn },
      { role: 'zoomOut', label: t.zoomOut },
    ],
  };
  const window: MenuItemConstructorOptions = {
    label: t.window,
    submenu: [
      { role: 'minimize', label: t.minimize },
      ...(mac ? ([{ role: 'zoom', label: t.zoom }, sep, { role: 'front', label: t.front }] as MenuItemConstructorOptions[]) : []),
    ],
  };
  // One About box on every system (about.ts), so macOS shows the same credits and licence as the rest;
  // on macOS it lives in the app menu, where people look for it there.
  const help: MenuItemConstructorOptions = {
    role: 'help',
    label: t.help,
    submenu: mac ? [] : [{ label: t.about, click: actions.about }],
  };
  return [...(mac ? [appMenu] : []), file, edit, view, window, help];
}
