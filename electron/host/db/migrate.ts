// Applies pending migrations in one transaction, after a backup, and refuses a newer database.
import type { Database } from 'better-sqlite3';
import { LibraryOpenError } from './errors';
import type { Migration } from './migrations/types';

export interface MigrateResult {
  from: number;
  to: number;
  backup: string | null;
}

export function checkOrder(migrations: readonly Migration[]): void {
  migrations.forEach((m, i) => {
    if (m.version !== i + 1) throw new Error(`migration ${m.name} has version ${m.version}, expected ${i + 1}`);
  });
}

export function migrate(db: Database, migrations: readonly Migration[], backup: (fromVersion: number) => string | null): MigrateResult {
  checkOrder(migrations);
  const latest = migrations.length;
  const from = db.pragma('user_version', { simple: true }) as number;
  if (from > latest) {
    throw new LibraryOpenError(
      'newer',
      `This library was saved by a newer version of Socle (schema ${from}; this version knows up to ${latest}). ` +
        'Update Socle to open it; the file has not been changed.',
    );
  }
  if (from === latest) return { from, to: latest, backup: null };
  const backupPath = from > 0 ? backup(from) : null;
  db.transaction(() => {
    for (const m of migrations.slice(from)) {
      m.up(db);
      db.pragma(`user_version = ${m.version}`);
    }
  })();
  return { from, to: latest, backup: backupPath };
}
