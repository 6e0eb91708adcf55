// Writes a copy of a SQLite database the safe way: through SQLite (VACUUM INTO) into a temporary name, checked,
// made private and fsynced, then renamed into place. A crash or a full disk at any instant leaves either no copy
// or a whole one, never a cut-off file under the final name.
import Database from 'better-sqlite3';
import { chmodSync, closeSync, fsyncSync, mkdirSync, openSync, renameSync, rmSync } from 'node:fs';
import { dirname } from 'node:path';
import { APPLICATION_ID } from './identity';

/** Libraries, backups and snapshots are readable by their owner only. */
export const PRIVATE_FILE = 0o600;
export const PRIVATE_DIR = 0o700;

export function privateDir(dir: string): void {
  mkdirSync(dir, { recursive: true, mode: PRIVATE_DIR });
}

export function fsyncPath(path: string): void {
  const fd = openSync(path, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** Makes a rename durable: the folder's entry is flushed too (not possible on Windows, where rename is durable enough). */
export function fsyncDir(dir: string): void {
  if (process.platform === 'win32') return;
  fsyncPath(dir);
}

/** Why a copy is not a sound Socle library, or null when it is. */
export function copyProblem(file: string, nativeBinding?: string): string | null {
  let db: Database.Database | null = null;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true, nativeBinding });
    if (db.pragma('application_id', { simple: true }) !== APPLICATION_ID) return 'not a Socle library';
    const check = String(db.pragma('quick_check', { simple: true }));
    return check === 'ok' ? null : `damaged (${check.slice(0, 120)})`;
  } catch (error) {
    return (error as Error).message;
  } finally {
    db?.close();
  }
}

/**
 * Copies `source` (an open connection) to `target`: VACUUM INTO `target.tmp`, check, chmod 0600, fsync, rename.
 * The temporary file is removed on any failure, and the error is thrown again.
 */
export function safeCopy(source: Database.Database, target: string, nativeBinding?: string): void {
  const temporary = `${target}.tmp`;
  rmSync(temporary, { force: true });
  try {
    source.prepare('VACUUM INTO ?').run(temporary);
    const problem = copyProblem(temporary, nativeBinding);
    if (problem) throw new Error(`The copy could not be verified: ${problem}.`);
    chmodSync(temporary, PRIVATE_FILE);
    fsyncPath(temporary);
    renameSync(temporary, target);
    fsyncDir(dirname(target));
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
}
