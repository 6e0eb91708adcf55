// One owner per library: a host holds an exclusive SQLite lock on <dataDir>/socle.lock for its whole life.
// The lock is the operating system's (fcntl on Unix, LockFileEx on Windows), so it dies with the process: a kill
// leaves no stale lock behind, and no pid has to be guessed alive.
import Database from 'better-sqlite3';
import { chmodSync } from 'node:fs';
import { join } from 'node:path';
import { refusal } from './errors';
import { PRIVATE_FILE } from './safe-copy';

export const LOCK_FILE = 'socle.lock';

export interface LibraryLock {
  release(): void;
}

const isBusy = (error: unknown) => error instanceof Database.SqliteError && /^SQLITE_(BUSY|LOCKED)/.test(error.code);

/** Takes the data folder's lock, or throws the 'in-use' refusal when another process holds it. */
export function lockLibrary(dataDir: string, nativeBinding?: string): LibraryLock {
  const file = join(dataDir, LOCK_FILE);
  let db: Database.Database | null = null;
  try {
    db = new Database(file, { timeout: 0, nativeBinding });
    chmodSync(file, PRIVATE_FILE);
    // In exclusive locking mode the first write takes the file's exclusive lock and keeps it until close.
    db.pragma('locking_mode = EXCLUSIVE');
    db.exec('CREATE TABLE IF NOT EXISTS owner (pid INTEGER NOT NULL, since INTEGER NOT NULL)');
    db.prepare('DELETE FROM owner').run();
    db.prepare('INSERT INTO owner (pid, since) VALUES (?, ?)').run(process.pid, Date.now());
  } catch (error) {
    db?.close();
    if (isBusy(error)) throw refusal.inUse(dataDir);
    // Only what says the folder cannot be written is called so; anything else (a missing native build) as it is.
    if (error instanceof Database.SqliteError || (error as NodeJS.ErrnoException).code?.startsWith('E'))
      throw refusal.unwritable(dataDir, `${LOCK_FILE}: ${(error as Error).message}`);
    throw error;
  }
  const held = db;
  return { release: () => held.close() };
}
