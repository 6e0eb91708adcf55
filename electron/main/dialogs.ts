// The native dialogs the main process opens: About, choosing workshop files, and telling what went wrong.
import type { BrowserWindow, Dialog } from 'electron';
import type { AboutBox } from './about';
import type { FileText } from './i18n-files';
import { WORKSHOP_EXTENSION } from './open-file';

type DialogApi = Pick<Dialog, 'showMessageBox' | 'showOpenDialog'>;

// A sheet needs a visible window; before the window exists (or after it is gone) the box stands alone.
const parentOf = (window: BrowserWindow | null) => (window && !window.isDestroyed() && window.isVisible() ? window : null);

export async function showAbout(dialog: DialogApi, window: BrowserWindow | null, box: AboutBox): Promise<void> {
  const options = { type: 'info' as const, title: box.title, message: box.message, detail: box.detail, buttons: [box.button] };
  const parent = parentOf(window);
  await (parent ? dialog.showMessageBox(parent, options) : dialog.showMessageBox(options));
}

/** The workshop files the user picks, or none when the dialog is cancelled. */
export async function chooseWorkshopFiles(dialog: DialogApi, window: BrowserWindow | null, text: FileText): Promise<string[]> {
  const options = {
    title: text.openTitle,
    properties: ['openFile' as const, 'multiSelections' as const],
    filters: [{ name: text.workshopFiles, extensions: [WORKSHOP_EXTENSION.slice(1)] }],
  };
  const parent = parentOf(window);
  const chosen = await (parent ? dialog.showOpenDialog(parent, options) : dialog.showOpenDialog(options));
  return chosen.canceled ? [] : chosen.filePaths;
}

export async function tell(dialog: DialogApi, window: BrowserWindow | null, title: string, messages: string[], ok: string): Promise<void> {
  const options = { type: 'warning' as const, title, message: title, detail: messages.join('\n\n'), buttons: [ok] };
  const parent = parentOf(window);
  await (parent ? dialog.showMessageBox(parent, options) : dialog.showMessageBox(options));
}
