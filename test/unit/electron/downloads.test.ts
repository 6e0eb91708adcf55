// Exported files on a fake session: opened in the system's viewer once saved, never when the save is cancelled or fails.
import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
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

const settle = () => new Promise((done) => setTimeout(done, 0));

describe('exported files', () => {
  it('opens a saved file with the system viewer, and only a saved one', async () => {
    const { session, download } = fakeSession();
    const opened: string[] = [];
    const reports: string[] = [];
    openDownloadsWhenSaved(
      session as never,
      async (path) => (opened.push(path), ''),
      (m) => reports.push(m),
    );
    download('/home/ana/Stratégie.docx', 'completed');
    download('/home/ana/Deck.pptx', 'cancelled');
    download('/home/ana/Plan.pdf', 'interrupted');
    await settle();
    expect(opened).toEqual(['/home/ana/Stratégie.docx']);
    expect(reports).toEqual([]);
  });

  it('reports a file the system could not open', async () => {
    const { session, download } = fakeSession();
    const reports: string[] = [];
    openDownloadsWhenSaved(
      session as never,
      async () => 'No application knows this file type',
      (m) => reports.push(m),
    );
    download('/tmp/atelier.ics', 'completed');
    await settle();
    expect(reports).toEqual(['/tmp/atelier.ics: No application knows this file type']);
  });
});
