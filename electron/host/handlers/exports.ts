// Export calls: a workshop written out in one format (as base64), and a .socle file imported as a new workshop.
import { takeBackup } from '../backup/backups';
import type { ExportProgress } from '../export';
import { importWorkshopFile } from '../export/workshop-file';
import type { Handlers } from './types';
import { readWorkshop } from './workshops';

export const exportHandlers: Pick<Handlers, 'export.run' | 'workshop.import'> = {
  'export.run': async ({ workshopId, format, language, sections }, { store, info, jobs, onExportProgress }) => {
    const request = { format, language, ...(sections ? { sections } : {}), appVersion: info.version, now: store.now() };
    const progress = onExportProgress && ((p: ExportProgress) => onExportProgress({ workshopId, format, ...p }));
    // With a job pool (the browser mode) a worker reads the workshop and writes the file: edits meanwhile are answered at once.
    if (jobs) return jobs.run('export', { dataDir: info.dataDir, workshopId, request }, progress);
    // Without one, the writers load on the first export only (they are large), and run here.
    const file = await (await import('../export')).runExport(readWorkshop(store, workshopId), request, progress);
    return { fileName: file.fileName, mimeType: file.mimeType, base64: Buffer.from(file.bytes).toString('base64') };
  },
  'workshop.import': ({ fileName, text }, { store, info }) =>
    // A copy of the library first (outside the transaction: SQLite cannot VACUUM INTO inside one).
    importWorkshopFile(store, text, fileName, () => takeBackup(store.db, info.dataDir, 'before-import', store.now())),
};
