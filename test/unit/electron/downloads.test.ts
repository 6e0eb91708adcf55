// Exported files on a fake session: opened in the system's viewer once saved, never when the save is cancelled or fails.
import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import { openDownloadsWhenSaved } from '../../../electron/main/downloads';

function fakeSession() {
  const session = new EventEmitter();
  const download = (path: string, state: 'completed' | 'cancelled' | 'interrupted') => {
    const item = Object.assign(new EventEmitter(), { getSavePath: () => path });
    session.emit('will-download', {}, item);
    item.emit('done', {}, state);
  };
  return { session, download };
}

describe('exported files', () => {
  it('opens a saved file with the system viewer, and only a saved one', async () => {
    const { session, download } = fakeSession();
    const opened: string[] = [];
    const reports: string[] = [];
    openDownloadsWhenSaved(
      session as never,
      async (path) => (opened.push(path), ''),
      (m) => reports.push(m),
      () => undefined,
    );
    download('/home/ana/Stratégie.docx', 'completed');
    download('/home/ana/Deck.pptx', 'cancelled');
    download('/home/ana/Plan.pdf', 'interrupted');
    await vi.waitFor(() => expect(opened).toEqual(['/home/ana/Stratégie.docx']));
    expect(reports).toEqual([]);
  });

  it('reports a file the system could not open', async () => {
    const { session, download } = fakeSession();
    const reports: string[] = [];
    openDownloadsWhenSaved(
      session as never,
      async () => 'No application knows this file type',
      (m) => reports.push(m),
      () => undefined,
    );
    download('/tmp/atelier.ics', 'completed');
    await vi.waitFor(() => expect(reports).toEqual(['/tmp/atelier.ics: No application knows this file type']));
  });

  it('shows an exported workshop file in its folder instead of opening it (Socle would import it again)', async () => {
    const { session, download } = fakeSession();
    const opened: string[] = [];
    const shown: string[] = [];
    openDownloadsWhenSaved(
      session as never,
      async (path) => (opened.push(path), ''),
      () => undefined,
      (path) => shown.push(path),
    );
    download('/home/ana/Atelier.socle', 'completed');
    download('/home/ana/ATELIER.SOCLE', 'completed');
    download('/home/ana/Sans extension', 'completed');
    for (const ext of ['docx', 'pptx', 'pdf', 'md', 'ics', 'csv', 'png', 'svg']) download(`/home/ana/Plan.${ext}`, 'completed');
    download('/home/ana/Copie.socle', 'cancelled');
    await vi.waitFor(() => expect(shown).toEqual(['/home/ana/Atelier.socle', '/home/ana/ATELIER.SOCLE', '/home/ana/Sans extension']));
    await vi.waitFor(() =>
      expect(opened).toEqual(['docx', 'pptx', 'pdf', 'md', 'ics', 'csv', 'png', 'svg'].map((ext) => `/home/ana/Plan.${ext}`)),
    );
  });
});
