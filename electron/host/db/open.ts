// Opens (or creates) the library database: checks what the file is, migrates it, sets the pragmas.
// A file that is not a Socle library, or a corrupt one, is never overwritten: it is set aside.
import Database from 'better-sqlite3';
import { closeSync, existsSync, mkdirSync, openSync, readSync, renameSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { takeBackup } from '../backup/backups';
import { LibraryOpenError, type OpenProblem } from './errors';
import { migrate } from './migrate';
import { MIGRATIONS, type Migration } from './migrations';

/** 'Socl' in ASCII: marks a SQLite file as a Socle library. */
export const APPLICATION_ID = 0x536f636c;
export const LIBRARY_FILE = 'library.db';

export interface OpenOptions {
  /** Path to a better-sqlite3 build for this runtime (Electron's ABI differs from Node's). */
  nativeBinding?: string;
  now?: () => number;
  /** The schema steps to apply; the app's own list unless a test gives another. */
  migrations?: readonly Migration[];
}

export interface OpenedLibrary {
  db: Database.Database;
  file: string;
  /** What the user must be told, e.g. that an unreadable file was set aside. */
  notice: { problem: OpenProblem; setAside: string; message: string } | null;
}

const SQLITE_HEADER = 'SQLite format 3\0';

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

/** Classifies an existing file without writing to it. */
function inspect(file: string, options: OpenOptions): OpenProblem | null {
  if (statSync(file).size === 0) return null;
  if (readHeader(file) !== SQLITE_HEADER) return 'foreign';
  let probe: Database.Database | null = null;
  try {
    probe = new Database(file, { readonly: true, fileMustExist: true, nativeBinding: options.nativeBinding });
    const appId = probe.pragma('application_id', { simple: true }) as number;
    const tables = probe.prepare("SELECT count(*) AS n FROM sqlite_master WHERE type = 'table'").get() as { n: number };
    if (appId !== APPLICATION_ID && tables.n > 0) return 'foreign';
    const check = probe.pragma('quick_check', { simple: true });
    if (check !== 'ok') return 'corrupt';
    return null;
  } catch {
    return 'corrupt';
  } finally {
    probe?.close();
  }
}

const MESSAGES: Record<OpenProblem, string> = {
  foreign: 'The library file is not a Socle library. It was kept aside and a new library was started.',
  corrupt: 'The library file is damaged. It was kept aside untouched and a new library was started.',
  unreadable: 'The library file could not be read. It was kept aside and a new library was started.',
  newer: '',
};

function setAside(file: string, problem: OpenProblem, now: number): string {
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
  mkdirSync(dataDir, { recursive: true });
  const file = join(dataDir, LIBRARY_FILE);
  let notice: OpenedLibrary['notice'] = null;
  if (existsSync(file)) {
    const problem = inspect(file, options);
    if (problem) {
      const aside = setAside(file, problem, now());
      notice = { problem, setAside: aside, message: MESSAGES[problem] };
    }
  }
  const db = new Database(file, { nativeBinding: options.nativeBinding });
  try {
    // Refuse a newer library before anything writes to it (even the journal-mode pragma does).
    const version = db.pragma('user_version', { simple: true }) as number;
    if (version > migrations.length) migrate(db, migrations, () => null);
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    migrate(db, migrations, () => takeBackup(db, dataDir, 'before-migration', now()).name);
    if ((db.pragma('application_id', { simple: true }) as number) !== APPLICATION_ID) {
      db.pragma(`application_id = ${APPLICATION_ID}`);
    }
  } catch (error) {
    db.close();
    if (error instanceof LibraryOpenError) throw error;
    throw new LibraryOpenError('unreadable', `The library could not be opened: ${(error as Error).message}`);
  }
  return { db, file, notice };
}
