// Rotating backups of the library: consistent online copies (VACUUM INTO) in <dataDir>/backups, each written under a
// temporary name, verified, then renamed, so a failed backup (a full disk) leaves no file that counts as one.
import type { Database } from 'better-sqlite3';
import { closeSync, openSync, readdirSync, readSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { privateDir, safeCopy } from '../db/safe-copy';

export const BACKUP_REASONS = [
  'daily',
  'manual',
  'before-migration',
  'before-import',
  'before-restore',
  'before-snapshot-restore',
] as const;
export type BackupReason = (typeof BACKUP_REASONS)[number];

export interface BackupInfo {
  name: string;
  reason: BackupReason | 'other';
  createdAt: number;
  bytes: number;
}

/** How many backups of each reason are kept; the oldest go first. */
export const KEEP_PER_REASON = 7;
const DAY_MS = 24 * 60 * 60 * 1000;
const NAME = /^library-(.+)-(\d{13})\.db$/;
const SQLITE_HEADER = 'SQLite format 3\0';

export const backupDir = (dataDir: string) => join(dataDir, 'backups');

/** A backup worth listing: a file that starts as a SQLite database (an empty or cut-off file from an older Socle does not). */
function looksWhole(file: string): number | null {
  try {
    const size = statSync(file).size;
    if (size < 512) return null;
    const fd = openSync(file, 'r');
    try {
      const head = Buffer.alloc(16);
      readSync(fd, head, 0, 16, 0);
      return head.toString('latin1') === SQLITE_HEADER ? size : null;
    } finally {
      closeSync(fd);
    }
  } catch {
    return null;
  }
}

/** The valid backups, newest first; empty or foreign files in the folder are neither listed nor counted. */
export function listBackups(dataDir: string): BackupInfo[] {
  let names: string[];
  try {
    names = readdirSync(backupDir(dataDir));
  } catch {
    return [];
  }
  return names
    .flatMap((name) => {
      const m = NAME.exec(name);
      if (!m) return [];
      const bytes = looksWhole(join(backupDir(dataDir), name));
      if (bytes === null) return [];
      const reason: BackupInfo['reason'] = (BACKUP_REASONS as readonly string[]).includes(m[1]!) ? (m[1] as BackupReason) : 'other';
      const info: BackupInfo = { name, reason, createdAt: Number(m[2]), bytes };
      return [info];
    })
    .sort((a, b) => b.createdAt - a.createdAt);
}

/** A temporary copy untouched for this long is a leftover: no backup takes that long to write. */
export const STALE_TEMP_MS = 10 * 60_000;

/** File times are the system's, whatever clock the host is given. */
function removeIfStale(path: string): void {
  try {
    if (Date.now() - statSync(path).mtimeMs > STALE_TEMP_MS) rmSync(path, { force: true });
  } catch {
    // Gone meanwhile: its writer renamed or removed it.
  }
}

/** Writes a verified copy of the open library, then drops the oldest valid ones of the same reason. */
export function takeBackup(db: Database, dataDir: string, reason: BackupReason, now: number): BackupInfo {
  privateDir(backupDir(dataDir));
  let at = now;
  const taken = new Set(readdirSync(backupDir(dataDir)));
  // A temporary copy a kill left behind is never a backup (only this host, the library's one owner, writes here). One
  // written now is another backup under way (an import's, on a job worker): only a stale one is removed.
  for (const name of taken) if (name.endsWith('.db.tmp')) removeIfStale(join(backupDir(dataDir), name));
  while ([...taken].some((n) => n.endsWith(`-${at}.db`))) at += 1;
  const name = `library-${reason}-${at}.db`;
  safeCopy(db, join(backupDir(dataDir), name));
  for (const old of listBackups(dataDir)
    .filter((b) => b.reason === reason)
    .slice(KEEP_PER_REASON)) {
    rmSync(join(backupDir(dataDir), old.name), { force: true });
  }
  return listBackups(dataDir).find((b) => b.name === name)!;
}

/** The daily backup: taken at start when the newest daily one is a day old or missing. */
export function dailyBackupIfDue(db: Database, dataDir: string, now: number): BackupInfo | null {
  const last = listBackups(dataDir).find((b) => b.reason === 'daily');
  if (last && now - last.createdAt < DAY_MS) return null;
  return takeBackup(db, dataDir, 'daily', now);
}

export function isBackupName(name: string): boolean {
  return NAME.test(name) && !name.includes('/') && !name.includes('\\');
}
