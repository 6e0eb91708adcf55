// Rotating backups of the library: consistent online copies (VACUUM INTO) in <dataDir>/backups.
import type { Database } from 'better-sqlite3';
import { mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';

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

export const backupDir = (dataDir: string) => join(dataDir, 'backups');

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
      const reason: BackupInfo['reason'] = (BACKUP_REASONS as readonly string[]).includes(m[1]!) ? (m[1] as BackupReason) : 'other';
      const info: BackupInfo = { name, reason, createdAt: Number(m[2]), bytes: statSync(join(backupDir(dataDir), name)).size };
      return [info];
    })
    .sort((a, b) => b.createdAt - a.createdAt);
}

/** Writes a consistent copy of the open library, then drops the oldest of the same reason. */
export function takeBackup(db: Database, dataDir: string, reason: BackupReason, now: number): BackupInfo {
  mkdirSync(backupDir(dataDir), { recursive: true });
  let at = now;
  while (listBackups(dataDir).some((b) => b.createdAt === at)) at += 1;
  const name = `library-${reason}-${at}.db`;
  db.prepare('VACUUM INTO ?').run(join(backupDir(dataDir), name));
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
