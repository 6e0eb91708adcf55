// Puts a backup back as the library, after checking it is a sound Socle library and keeping the current one.
import Database from 'better-sqlite3';
import { existsSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { CallFailure } from '../../../shared/api';
import { APPLICATION_ID, LIBRARY_FILE, openLibrary, restoringFile, type OpenOptions, type OpenedLibrary } from '../db/open';
import { fsyncDir, safeCopy } from '../db/safe-copy';
import { MIGRATIONS } from '../db/migrations';
import { backupDir, isBackupName, takeBackup, type BackupInfo } from './backups';

/** Refuses a backup that is missing, not ours, damaged or from a newer Socle, before anything is touched. */
export function checkBackup(dataDir: string, name: string, options: OpenOptions = {}): string {
  if (!isBackupName(name))
    throw new CallFailure('invalid_input', {
      en: `"${name.slice(0, 80)}" is not the name of a backup.`,
      fr: `« ${name.slice(0, 80)} » n’est pas le nom d’une sauvegarde.`,
    });
  const file = join(backupDir(dataDir), name);
  if (!existsSync(file)) throw new CallFailure('not_found', `No backup named ${name}.`);
  let db: Database.Database | null = null;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true, nativeBinding: options.nativeBinding });
    if (db.pragma('application_id', { simple: true }) !== APPLICATION_ID)
      throw new CallFailure('conflict', {
        en: 'That backup is not a Socle library.',
        fr: 'Cette sauvegarde n’est pas une bibliothèque Socle.',
      });
    if (db.pragma('quick_check', { simple: true }) !== 'ok')
      throw new CallFailure('conflict', {
        en: 'That backup is damaged; choose another one.',
        fr: 'Cette sauvegarde est endommagée : choisissez-en une autre.',
      });
    if ((db.pragma('user_version', { simple: true }) as number) > MIGRATIONS.length) {
      throw new CallFailure('conflict', {
        en: 'That backup was made by a newer version of Socle.',
        fr: 'Cette sauvegarde vient d’une version plus récente de Socle.',
      });
    }
  } catch (error) {
    if (error instanceof CallFailure) throw error;
    throw new CallFailure('conflict', {
      en: `That backup cannot be read: ${(error as Error).message}`,
      fr: `Cette sauvegarde est illisible : ${(error as Error).message}`,
    });
  } finally {
    db?.close();
  }
  return file;
}

/**
 * Backs up the current library, copies the backup through SQLite into a temporary file beside the library (checked,
 * fsynced), closes the current library cleanly (its WAL folded in), then renames the copy into place and opens it.
 * A kill at any instant leaves the old library or the new one, whole; a leftover temporary file is removed at the next open.
 */
export function restoreBackup(
  current: Database.Database,
  dataDir: string,
  name: string,
  now: number,
  options: OpenOptions = {},
): {
  opened: OpenedLibrary;
  safety: BackupInfo;
} {
  const file = checkBackup(dataDir, name, options);
  const safety = takeBackup(current, dataDir, 'before-restore', now);
  const library = join(dataDir, LIBRARY_FILE);
  const incoming = restoringFile(dataDir);
  const source = new Database(file, { readonly: true, fileMustExist: true, nativeBinding: options.nativeBinding });
  try {
    safeCopy(source, incoming, options.nativeBinding);
  } finally {
    source.close();
  }
  // Fold the WAL into the old file and close: from here the old library is whole on its own, without -wal or -shm.
  current.pragma('wal_checkpoint(TRUNCATE)');
  current.close();
  for (const suffix of ['-wal', '-shm']) rmSync(library + suffix, { force: true });
  renameSync(incoming, library);
  fsyncDir(dataDir);
  return { opened: openLibrary(dataDir, options), safety };
}
