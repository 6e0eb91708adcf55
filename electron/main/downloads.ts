// Exports reach the user as downloads: Electron asks where to save each file, then the file opens in the system's viewer.
import type { DownloadItem, Event, Session } from 'electron';

/** Opens a file with the system's default application; answers an error text, empty when it worked (as shell.openPath). */
export type OpenPath = (path: string) => Promise<string>;

/** Once a download is saved to disk, it is opened; a cancelled or failed one is left alone, and an opening that fails is reported. */
export function openDownloadsWhenSaved(session: Pick<Session, 'on'>, openPath: OpenPath, report: (message: string) => void): void {
  session.on('will-download', (_event: Event, item: DownloadItem) => {
    item.once('done', (_done: Event, state: 'completed' | 'cancelled' | 'interrupted') => {
      if (state !== 'completed') return;
      const path = item.getSavePath();
      void openPath(path).then((error) => {
        if (error) report(`${path}: ${error}`);
      });
    });
  });
}
