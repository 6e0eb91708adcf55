// A read-only call in a job worker: its own connection to the library (WAL lets it read beside the writer), the
// same dispatcher, and the answer serialised here, so neither the read nor its JSON holds up the host's thread.
import { join } from 'node:path';
import { workerData } from 'node:worker_threads';
import Database from 'better-sqlite3';
import { dispatch } from '../dispatch';
import { LIBRARY_FILE } from '../db/open';
import type { Context } from '../handlers/types';
import { Store } from '../store/store';
import { readWorkshop } from '../handlers/workshops';
import type { JobRequests } from './protocol';

/** The Electron build of better-sqlite3, when the host was given one (the pool passes it to its workers). */
const nativeBinding = (workerData as { nativeBinding?: string } | null)?.nativeBinding;

// A connection per job: a restored backup replaces the file, and a kept connection would read the old one.
function withLibrary<T>(dataDir: string, fn: (store: Store) => T): T {
  const db = new Database(join(dataDir, LIBRARY_FILE), { readonly: true, fileMustExist: true, nativeBinding });
  try {
    return fn(new Store(db));
  } finally {
    db.close();
  }
}

/** The workshop an export writes, read here rather than on the host's thread. */
export const readForExport = (dataDir: string, workshopId: string) => withLibrary(dataDir, (store) => readWorkshop(store, workshopId));

/** The calls a worker may answer: they only read, so a read-only connection cannot change their answer. */
export const OFF_THREAD_READS = new Set(['workshop.get']);

export async function readCall({ dataDir, name, input, validateOutput }: JobRequests['read']): Promise<string> {
  if (!OFF_THREAD_READS.has(name)) throw new Error(`${name} is not a read a worker answers`);
  const db = new Database(join(dataDir, LIBRARY_FILE), { readonly: true, fileMustExist: true, nativeBinding });
  try {
    const ctx = {
      store: new Store(db),
      seed: () => null,
      restoreLibrary: () => {
        throw new Error('not in a read');
      },
    } as unknown as Context;
    return JSON.stringify(await dispatch(ctx, name, input, validateOutput));
  } finally {
    db.close();
  }
}
