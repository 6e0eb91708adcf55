// Export calls: a workshop written out in one format (as base64), and a .socle file imported as a new workshop.
import { takeBackup } from '../backup/backups';
import { runExport } from '../export';
import { importWorkshopFile } from '../export/workshop-file';
import type { Handlers } from './types';
import { readWorkshop } from './workshops';

export const exportHandlers: Pick<Handlers, 'export.run' | 'workshop.import'> = {
  'export.run': ({ workshopId, format, language, sections }, { store, info }) => {
    const data = readWorkshop(store, workshopId);
    const file = runExport(data, { format, language, ...(sections ? { sections } : {}), appVersion: info.version, now: store.now() });
    return { fileName: file.fileName, mimeType: file.mimeType, base64: Buffer.from(file.bytes).toString('base64') };
  },
  'workshop.import': ({ fileName, text }, { store, info }) =>
    // A copy of the library first (outside the transaction: SQLite cannot VACUUM INTO inside one).
    importWorkshopFile(store, text, fileName, () => takeBackup(store.db, info.dataDir, 'before-import', store.now())),
};
