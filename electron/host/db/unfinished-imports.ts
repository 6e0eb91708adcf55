// Imports that have not finished: an import marks its workshop in `meta` from its first row to its last, so the
// library never lists a half workshop, and a library opened after a crash mid-import drops what that import wrote.
import type { Database } from 'better-sqlite3';

const PREFIX = 'import-unfinished:';

/** The `meta` key that marks a workshop whose import is still writing. */
export const unfinishedKey = (workshopId: string) => `${PREFIX}${workshopId}`;

/** SQL true for a workshop row `w` whose import has not finished: listings leave it out. */
export const UNFINISHED = `EXISTS (SELECT 1 FROM meta m WHERE m.key = '${PREFIX}' || w.id)`;

/** Drops every workshop an import left unfinished (with its cards, links…: they cascade); answers how many. */
export function dropUnfinishedImports(db: Database): number {
  const keys = db.prepare('SELECT key FROM meta WHERE substr(key, 1, ?) = ?').pluck().all(PREFIX.length, PREFIX) as string[];
  if (keys.length === 0) return 0;
  db.transaction(() => {
    for (const key of keys) {
      db.prepare('DELETE FROM workshops WHERE id = ?').run(key.slice(PREFIX.length));
      db.prepare('DELETE FROM meta WHERE key = ?').run(key);
    }
  })();
  return keys.length;
}
