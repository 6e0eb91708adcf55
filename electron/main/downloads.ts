// Exports reach the user as downloads: Electron asks where to save each file, then a document opens in the system's
// viewer and a workshop file is shown in its folder (opening a .socle would import it again into Socle itself).
import type { DownloadItem, Event, Session } from 'electron';

/** Opens a file with the system's default application; answers an error text, empty when it worked (as shell.openPath). */
export type OpenPath = (path: string) => Promise<string>;
/** Shows a file selected in its folder (as shell.showItemInFolder). */
export type ShowInFolder = (path: string) => void;

/** The formats that open in a viewer once saved; anything else (a .socle above all) is only shown in its folder. */
export const OPENED_FORMATS: ReadonlySet<string> = new Set(['docx', 'pptx', 'pdf', 'md', 'ics', 'csv', 'png', 'svg']);

export function opensAfterDownload(path: string): boolean {
  const name = path.split(/[\\/]/).pop() ?? '';
  const dot = name.lastIndexOf('.');
  return dot > 0 && OPENED_FORMATS.has(name.slice(dot + 1).toLowerCase());
}

/** Once a download is saved to disk, a document is opened and anything else shown in its folder; a cancelled or failed one is left alone. */
export function openDownloadsWhenSaved(
  session: Pick<Session, 'on'>,
  openPath: OpenPath,
  report: (message: string) => void,
  showInFolder: ShowInFolder,
): void {
  session.on('will-download', (_event: Event, item: DownloadItem) => {
    item.once('done', (_done: Event, state: 'completed' | 'cancelled' | 'interrupted') => {
      if (state !== 'completed') return;
      const path = item.getSavePath();
      if (!opensAfterDownload(path)) return showInFolder(path);
      void openPath(path).then((error) => {
        if (error) report(`${path}: ${error}`);
      });
    });
  });
}
