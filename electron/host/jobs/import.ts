// An import's work on a job worker: the file's checks, the library's backup and the rows to write, then the
// checkpoint that folds what the host's thread wrote back into the library file, so that thread never waits on it.
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { workerData } from 'node:worker_threads';
import Database from 'better-sqlite3';
import { takeBackup } from '../backup/backups';
import { LIBRARY_FILE } from '../db/open';
import { prepareImport, type ImportPlan } from '../export/import-plan';
import type { JobRequests } from './protocol';

const nativeBinding = (workerData as { nativeBinding?: string } | null)?.nativeBinding;

/** Checks, backup (VACUUM INTO works on a read-only connection) and rows, all off the host's thread. */
export function importPlan({ dataDir, fileName, text, now }: JobRequests['import']): ImportPlan {
  return prepareImport(text, fileName, now, randomUUID, () => {
    const db = new Database(join(dataDir, LIBRARY_FILE), { readonly: true, fileMustExist: true, nativeBinding });
    try {
      takeBackup(db, dataDir, 'before-import', now);
    } finally {
      db.close();
    }
  });
}

/**
 * Copies the write-ahead log into the library file (PASSIVE: it waits for no reader nor writer), with the fsyncs
 * that go with it, on this worker's own connection rather than the host's.
 */
export function checkpoint({ dataDir }: JobRequests['checkpoint']): { checkpointed: number } {
  const db = new Database(join(dataDir, LIBRARY_FILE), { fileMustExist: true, nativeBinding });
  try {
    const [row] = db.pragma('wal_checkpoint(PASSIVE)') as { checkpointed: number }[];
    return { checkpointed: row?.checkpointed ?? 0 };
  } finally {
    db.close();
  }
}
