// Writes an import into the library in short transactions with a pause between them, so that another client's edit
// waits for one short step at most. Until the last row is in, the workshop is marked unfinished: the library does
// not list it, a failure removes it, and a crash leaves it to the next open to drop (db/unfinished-imports.ts).
import type { Database } from 'better-sqlite3';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { CallFailure } from '../../../shared/api';
import type { Workshop } from '../../../shared/model';
import { unfinishedKey } from '../db/unfinished-imports';
import type { ImportPlan } from '../export/import-plan';
import { workshopToRow } from './mappers';
import type { Store } from './store';
import { TABLES, type Row, type TableName } from './tables';

/** How long one step may hold the thread (and the library) before it commits and lets other calls in. */
export const STEP_MS = 8;
/** Rows written between two checkpoints on the worker: each one flushes to disk what the steps wrote unsynced. */
const CHECKPOINT_ROWS = 4_000;

export interface ImportWriting {
  /** Folds the write-ahead log into the library file elsewhere (a job worker); without it SQLite does so here. */
  checkpoint?: () => Promise<unknown>;
  stepMs?: number;
}

const insertSql = (table: TableName) => {
  const cols = TABLES[table].columns;
  return `INSERT INTO ${table} (${cols.join(', ')}) VALUES (${cols.map((c) => `@${c}`).join(', ')})`;
};

/**
 * Writes the plan; `current` answers the library's store at each step. A restore during the import replaces the
 * library, so the import stops there and says so (the replaced library, kept as a backup, is cleaned at its next open).
 */
export async function writeImport(
  current: () => Store,
  plan: ImportPlan,
  { checkpoint, stepMs = STEP_MS }: ImportWriting = {},
): Promise<Workshop> {
  const store = current();
  const { workshop } = plan;
  const key = unfinishedKey(workshop.id);
  // The mark is durable before any row: whatever a power cut keeps of what follows, the next open drops it.
  store.transaction(() => {
    store.rows.run(insertSql('workshops'), workshopToRow(workshop));
    store.rows.run('INSERT INTO meta (key, value) VALUES (?, ?)', [key, String(workshop.createdAt)]);
  });
  const release = checkpoint ? holdCheckpoints(store.db) : () => {};
  // At most one checkpoint at a time, started every CHECKPOINT_ROWS rows and not awaited: the worker flushes while
  // this thread goes on writing.
  let flushing: Promise<unknown> | null = null;
  let sinceFlush = 0;
  const flush = () => {
    sinceFlush = 0;
    flushing = (flushing ?? Promise.resolve()).then(() => checkpoint?.().catch(() => undefined));
    return flushing;
  };
  try {
    for (const part of plan.parts) {
      const rows = JSON.parse(part.json) as Row[];
      const sql = insertSql(part.table);
      for (let i = 0; i < rows.length;) {
        await step(current, store);
        const started = performance.now();
        const from = i;
        unsynced(store.db, () =>
          store.transaction(() => {
            do store.rows.run(sql, rows[i++]!);
            while (i < rows.length && (i % 32 !== 0 || performance.now() - started < stepMs));
          }),
        );
        sinceFlush += i - from;
        if (checkpoint && sinceFlush >= CHECKPOINT_ROWS) void flush();
      }
    }
    // The log is on disk before the last commit, so that commit's own fsync has little left to flush.
    if (checkpoint) await flush();
    await step(current, store);
    // Synced as every edit is: this commit makes every step before it durable too.
    store.transaction(() => store.rows.run('DELETE FROM meta WHERE key = ?', [key]));
    // And folded into the file before this thread checkpoints again: else the next edit here would do it.
    if (checkpoint) await flush();
  } catch (error) {
    if (current() === store) dropStarted(store, workshop.id, key);
    throw error;
  } finally {
    release();
  }
  return workshop;
}

/**
 * One step commits without waiting for the disk (WAL with synchronous NORMAL: never a damaged library, at worst the
 * last steps lost to a power cut, which the unfinished mark covers). An fsync per step is what made edits wait.
 */
function unsynced(db: Database, fn: () => void): void {
  const level = db.pragma('synchronous', { simple: true }) as number;
  db.pragma('synchronous = NORMAL');
  try {
    fn();
  } finally {
    db.pragma(`synchronous = ${level}`);
  }
}

/** Imports under way per connection: while any runs, this thread does not checkpoint (a worker does, at the end). */
const holding = new WeakMap<Database, { count: number; pages: number }>();

function holdCheckpoints(db: Database): () => void {
  const held = holding.get(db) ?? { count: 0, pages: db.pragma('wal_autocheckpoint', { simple: true }) as number };
  if (held.count++ === 0) db.pragma('wal_autocheckpoint = 0');
  holding.set(db, held);
  return () => {
    if (--held.count > 0) return;
    holding.delete(db);
    if (db.open) db.pragma(`wal_autocheckpoint = ${held.pages}`);
  };
}

/** Lets the calls that arrived meanwhile run, then checks the library is still the one the import started in. */
async function step(current: () => Store, store: Store): Promise<void> {
  await nextTurn();
  if (current() !== store)
    throw new CallFailure('conflict', {
      en: 'The library was restored from a backup during the import: the workshop was not imported. Import the file again.',
      fr: 'La bibliothèque a été restaurée depuis une sauvegarde pendant l’import : l’atelier n’a pas été importé. Importez à nouveau le fichier.',
    });
}

/** Removes what a failed import wrote; if even that fails (a full disk), the mark stays and the next open drops it. */
function dropStarted(store: Store, workshopId: string, key: string): void {
  try {
    store.transaction(() => {
      store.rows.run('DELETE FROM workshops WHERE id = ?', [workshopId]);
      store.rows.run('DELETE FROM meta WHERE key = ?', [key]);
    });
  } catch {
    // The mark stays: the next open drops the workshop.
  }
}
