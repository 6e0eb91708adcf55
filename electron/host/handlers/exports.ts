// Export calls: a workshop written out in one format (as base64), and a .socle file imported as a new workshop.
import type { BeforeInput } from '../../../shared/document';
import { takeBackup } from '../backup/backups';
import type { ExportProgress } from '../export';
import { importWorkshopFile } from '../export/workshop-file';
import { upgradeContent, type Content } from '../store/content';
import { answerFromRow, cardFromRow, linkFromRow, participantFromRow } from '../store/mappers';
import { firstState } from '../store/first-state';
import type { Store } from '../store/store';
import type { Handlers } from './types';
import { readWorkshop } from './workshops';

const toBefore = (rows: Pick<Content, 'cards' | 'links' | 'participants' | 'answers'>) => ({
  cards: rows.cards.map(cardFromRow),
  links: rows.links.map(linkFromRow),
  participants: rows.participants.map(participantFromRow),
  answers: rows.answers.map(answerFromRow),
});

/**
 * The plan the room walked in with, for the before/after comparison: the earliest snapshot, or else the workshop's
 * first state its undo journal can rebuild; none when neither exists (nothing was ever edited, or only unreadable snapshots).
 */
export function beforeState(store: Store, workshopId: string): BeforeInput | undefined {
  const now = store.now();
  const row = store.rows.all('SELECT name, content, created_at FROM snapshots WHERE workshop_id = ? ORDER BY created_at, rowid LIMIT 1', [
    workshopId,
  ])[0];
  if (row) {
    try {
      const content = upgradeContent(JSON.parse(String(row.content)) as Content, store.migrations);
      return { origin: 'snapshot', name: String(row.name), at: Number(row.created_at), now, ...toBefore(content) };
    } catch {
      // A snapshot this version cannot read: fall back to the journal, the export itself still runs.
    }
  }
  const first = firstState(store, workshopId);
  return first ? { origin: first.origin, name: '', at: first.at, now, ...toBefore(first.rows) } : undefined;
}

/** What an export reads: the workshop, and the state before the workshop for the before/after comparison. */
export function readExportSource(store: Store, workshopId: string) {
  const data = readWorkshop(store, workshopId);
  const before = beforeState(store, workshopId);
  return before ? { ...data, before } : data;
}

export const exportHandlers: Pick<Handlers, 'export.run' | 'workshop.import'> = {
  'export.run': async ({ workshopId, format, language, sections }, { store, info, jobs, onExportProgress }) => {
    const request = { format, language, ...(sections ? { sections } : {}), appVersion: info.version, now: store.now() };
    const progress = onExportProgress && ((p: ExportProgress) => onExportProgress({ workshopId, format, ...p }));
    // With a job pool (the browser mode) a worker reads the workshop and writes the file: edits meanwhile are answered at once.
    if (jobs) return jobs.run('export', { dataDir: info.dataDir, workshopId, request }, progress);
    // Without one, the writers load on the first export only (they are large), and run here.
    const file = await (await import('../export')).runExport(readExportSource(store, workshopId), request, progress);
    return { fileName: file.fileName, mimeType: file.mimeType, base64: Buffer.from(file.bytes).toString('base64') };
  },
  'workshop.import': ({ fileName, text }, { store, info }) =>
    // A copy of the library first (outside the transaction: SQLite cannot VACUUM INTO inside one).
    importWorkshopFile(store, text, fileName, () => takeBackup(store.db, info.dataDir, 'before-import', store.now())),
};
