// Opens (or creates) the library database: checks what the file is, migrates it, sets the pragmas.
// Only what SQLite itself calls not a database or malformed is set aside (never overwritten); a lock held by another
// program, a folder where a file should be or a folder that cannot be written stop the start and change nothing.
import Database from 'better-sqlite3';
import { chmodSync, closeSync, existsSync, openSync, readSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { takeBackup } from '../backup/backups';
import { LibraryOpenError, refusal, type AsideProblem } from './errors';
import { APPLICATION_ID, LIBRARY_FILE } from './identity';
import { migrate } from './migrate';
import { MIGRATIONS, type Migration } from './migrations';
import { checkDataDir, checkLibraryFiles } from './preflight';
import { dropUnfinishedImports } from './unfinished-imports';
import { PRIVATE_FILE } from './safe-copy';

export { APPLICATION_ID, LIBRARY_FILE };

export interface OpenOptions {
  /** Path to a better-sqlite3 build for this runtime (Electron's ABI differs from Node's). */
  nativeBinding?: string;
  now?: () => number;
  /** The schema steps to apply; the app's own list unless a test gives another. */
  migrations?: readonly Migration[];
  /** How long to wait for a lock another program holds on the library before giving up (5 s unless a test says). */
  busyTimeoutMs?: number;
}

export interface OpenedLibrary {
  db: Database.Database;
  file: string;
  /** What the user must be told, e.g. that an unreadable file was set aside. */
  notice: { problem: AsideProblem; setAside: string; message: string } | null;
}

const SQLITE_HEADER = 'SQLite format 3\0';

/** A restore's copy that a kill left before it was renamed into place: never the library, removed at the next open. */
export const restoringFile = (dataDir: string) => join(dataDir, `${LIBRARY_FILE}.restoring`);

function readHeader(file: string): string {
  const fd = openSync(file, 'r');
  try {
    const buf = Buffer.alloc(16);
    const n = readSync(fd, buf, 0, 16, 0);
    return buf.subarray(0, n).toString('latin1');
  } finally {
    closeSync(fd);
  }
}

function stamp(now: number): string {
  return new Date(now).toISOString().replace(/[:.]/g, '-');
}

/** Turns what SQLite said into damage (set aside) or a refusal (nothing changed). */
function classify(error: unknown, file: string): 'corrupt' {
  if (error instanceof Database.SqliteError) {
    if (/^SQLITE_(NOTADB|CORRUPT)/.test(error.code)) return 'corrupt';
    if (/^SQLITE_(BUSY|LOCKED)/.test(error.code)) throw refusal.busy(file);
  }
  if (error instanceof LibraryOpenError) throw error;
  throw refusal.unreadable(file, error instanceof Error ? error.message : String(error));
}

/** Classifies an existing file without writing to it. */
function inspect(file: string, options: OpenOptions): AsideProblem | null {
  if (statSync(file).size === 0) return null;
  if (readHeader(file) !== SQLITE_HEADER) return 'foreign';
  let probe: Database.Database | null = null;
  try {
    probe = new Database(file, {
      readonly: true,
      fileMustExist: true,
      nativeBinding: options.nativeBinding,
      timeout: options.busyTimeoutMs ?? 5000,
    });
    const appId = probe.pragma('application_id', { simple: true }) as number;
    const tables = probe.prepare("SELECT count(*) AS n FROM sqlite_master WHERE type = 'table'").get() as { n: number };
    if (appId !== APPLICATION_ID && tables.n > 0) return 'foreign';
    const check = probe.pragma('quick_check', { simple: true });
    if (check !== 'ok') return 'corrupt';
    return null;
  } catch (error) {
    return classify(error, file);
  } finally {
    probe?.close();
  }
}

const MESSAGES: Record<AsideProblem, string> = {
  foreign: 'The library file is not a Socle library. It was kept aside and a new library was started.',
  corrupt: 'The library file is damaged. It was kept aside untouched and a new library was started.',
  unreadable: 'The library file could not be read. It was kept aside and a new library was started.',
};

function setAside(file: string, problem: AsideProblem, now: number): string {
  const aside = `${file}.${problem}-${stamp(now)}`;
  renameSync(file, aside);
  for (const suffix of ['-wal', '-shm']) {
    if (existsSync(file + suffix)) renameSync(file + suffix, aside + suffix);
  }
  return aside;
}

export function openLibrary(dataDir: string, options: OpenOptions = {}): OpenedLibrary {
  const now = options.now ?? Date.now;
  const migrations = options.migrations ?? MIGRATIONS;
  checkDataDir(dataDir);
  const file = join(dataDir, LIBRARY_FILE);
  checkLibraryFiles(file);
  for (const leftover of [restoringFile(dataDir), `${restoringFile(dataDir)}.tmp`]) rmSync(leftover, { force: true });
  let notice: OpenedLibrary['notice'] = null;
  if (existsSync(file)) {
    const problem = inspect(file, options);
    if (problem) {
      const aside = setAside(file, problem, now());
      notice = { problem, setAside: aside, message: MESSAGES[problem] };
    }
  }
  const db = new Database(file, { nativeBinding: options.nativeBinding, timeout: options.busyTimeoutMs ?? 5000 });
  try {
    chmodSync(file, PRIVATE_FILE);
    // Refuse a newer library before anything writes to it (even the journal-mode pragma does).
    const version = db.pragma('user_version', { simple: true }) as number;
    if (version > migrations.length) migrate(db, migrations, () => null);
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    db.pragma(`busy_timeout = ${options.busyTimeoutMs ?? 5000}`);
    migrate(db, migrations, () => takeBackup(db, dataDir, 'before-migration', now()).name);
    if ((db.pragma('application_id', { simple: true }) as number) !== APPLICATION_ID) {
      db.pragma(`application_id = ${APPLICATION_ID}`);
    }
    // A process that died mid-import left a workshop marked unfinished: it was never listed, and goes now.
    dropUnfinishedImports(db);
  } catch (error) {
    db.close();
    classify(error, file);
    throw refusal.unreadable(file, (error as Error).message);
  }
  return { db, file, notice };
}
