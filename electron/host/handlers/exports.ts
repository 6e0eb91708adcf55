// Export calls: a workshop written out in one format (as base64), and a .socle file imported as a new workshop.
import type { BeforeInput } from '../../../shared/document';
import { takeBackup } from '../backup/backups';
import { runExport } from '../export';
import { importWorkshopFile } from '../export/workshop-file';
import type { Content } from '../store/content';
import { answerFromRow, cardFromRow, linkFromRow, participantFromRow } from '../store/mappers';
import type { Store } from '../store/store';
import type { Handlers } from './types';
import { readWorkshop } from './workshops';

/** The plan the room walked in with: the workshop's first snapshot, for the before/after comparison; none when never taken. */
export function firstSnapshot(store: Store, workshopId: string): BeforeInput | undefined {
  const row = store.rows.all('SELECT name, content FROM snapshots WHERE workshop_id = ? ORDER BY created_at, rowid LIMIT 1', [
    workshopId,
  ])[0];
  if (!row) return undefined;
  try {
    const content = JSON.parse(String(row.content)) as Content;
    return {
      name: String(row.name),
      cards: content.cards.map(cardFromRow),
      links: content.links.map(linkFromRow),
      participants: content.participants.map(participantFromRow),
      answers: content.answers.map(answerFromRow),
    };
  } catch {
    // A snapshot this version cannot read leaves the comparison out; the export itself still runs.
    return undefined;
  }
}

export const exportHandlers: Pick<Handlers, 'export.run' | 'workshop.import'> = {
  'export.run': ({ workshopId, format, language, sections }, { store, info }) => {
    const data = readWorkshop(store, workshopId);
    const before = format === 'socle' ? undefined : firstSnapshot(store, workshopId);
    const file = runExport(before ? { ...data, before } : data, {
      format,
      language,
      ...(sections ? { sections } : {}),
      appVersion: info.version,
      now: store.now(),
    });
    return { fileName: file.fileName, mimeType: file.mimeType, base64: Buffer.from(file.bytes).toString('base64') };
  },
  'workshop.import': ({ fileName, text }, { store, info }) =>
    // A copy of the library first (outside the transaction: SQLite cannot VACUUM INTO inside one).
    importWorkshopFile(store, text, fileName, () => takeBackup(store.db, info.dataDir, 'before-import', store.now())),
};
