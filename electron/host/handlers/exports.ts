// Export calls: a workshop written out in one format (as base64), and a .socle file imported as a new workshop.
import type { BeforeInput } from '../../../shared/document';
import { takeBackup } from '../backup/backups';
import type { ExportProgress } from '../export';
import { prepareImport } from '../export/import-plan';
import { upgradeContent, type Content } from '../store/content';
import { answerFromRow, cardFromRow, linkFromRow, participantFromRow } from '../store/mappers';
import { writeImport } from '../store/import-writer';
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
 * The plan the room walked in with, for the before/after comparison: the workshop's earliest snapshot. None without a
 * readable snapshot (DESIGN §6: the comparison exists when a snapshot does; a workshop built from nothing in the room
 * would only compare against an empty page).
 */
export function beforeState(store: Store, workshopId: string): BeforeInput | undefined {
  const now = store.now();
  const row = store.rows.all('SELECT name, content, created_at FROM snapshots WHERE workshop_id = ? ORDER BY created_at, rowid LIMIT 1', [
    workshopId,
  ])[0];
  if (!row) return undefined;
  try {
    const content = upgradeContent(JSON.parse(String(row.content)) as Content, store.migrations);
    return { name: String(row.name), at: Number(row.created_at), now, ...toBefore(content) };
  } catch {
    // A snapshot this version cannot read: no comparison, the export itself still runs.
    return undefined;
  }
}

/** What an export reads: the workshop, and the state before the workshop for the before/after comparison. */
export function readExportSource(store: Store, workshopId: string) {
  const data = readWorkshop(store, workshopId);
  const before = beforeState(store, workshopId);
  return before ? { ...data, before } : data;
}

/** From this size a file is checked and laid out on a job worker: below, that takes less than starting one. */
export const BIG_IMPORT_CHARS = 200_000;

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
  'workshop.import': async ({ fileName, text }, ctx) => {
    const { store, info, jobs } = ctx;
    const now = store.now();
    // The file is checked, the library backed up (outside any transaction: SQLite cannot VACUUM INTO inside one) and
    // the rows laid out on a job worker when there is a pool and the file is big; this thread then writes them in steps.
    const pool = jobs && text.length >= BIG_IMPORT_CHARS ? jobs : null;
    const plan = pool
      ? await pool.run('import', { dataDir: info.dataDir, fileName, text, now })
      : prepareImport(text, fileName, now, store.newId, () => takeBackup(store.db, info.dataDir, 'before-import', now));
    const checkpoint = pool && (() => pool.run('checkpoint', { dataDir: info.dataDir }));
    return writeImport(() => ctx.store, plan, checkpoint ? { checkpoint } : {});
  },
};
