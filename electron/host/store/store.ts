// The unit of work over the library: reads, and tracked edits that feed the undo journal.
import type { Database } from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import { CallFailure } from '../../../shared/api';
import type { HistoryState, Workshop } from '../../../shared/model';
import { MIGRATIONS, type Migration } from '../db/migrations';
import { Edit, Journal } from './journal';
import { workshopFromRow } from './mappers';
import { Rows } from './rows';

export interface Mutation<T> {
  value: T;
  history: { canUndo: boolean; canRedo: boolean; undoSeq?: number | null };
}

export class Store {
  readonly rows: Rows;
  readonly journal: Journal;

  constructor(
    readonly db: Database,
    readonly now: () => number = Date.now,
    readonly newId: () => string = randomUUID,
    /** The migrations the library was opened with: rows kept from an older schema are upgraded through them. */
    readonly migrations: readonly Migration[] = MIGRATIONS,
  ) {
    this.rows = new Rows(db);
    this.journal = new Journal(this.rows, migrations);
  }

  transaction<T>(fn: () => T): T {
    return this.db.transaction(fn)();
  }

  /** The workshop, or a not_found failure; in the trash counts as not found unless allowed. */
  workshop(id: string, { allowDeleted = false } = {}): Workshop {
    const row = this.rows.get('workshops', { id });
    if (!row || (!allowDeleted && row.deleted_at !== null)) throw new CallFailure('not_found', `No workshop ${id}.`);
    return workshopFromRow(row);
  }

  /** Runs an edit of one workshop in a transaction and records it for undo. */
  mutate<T>(workshopId: string, label: string, coalesce: string | null, fn: (edit: Edit) => T): Mutation<T> {
    return this.transaction(() => {
      this.workshop(workshopId);
      const edit = new Edit(this.rows);
      const value = fn(edit);
      const now = this.now();
      const seq = this.journal.record(workshopId, label, coalesce, edit.ops, now);
      if (seq === null) {
        const { canUndo, canRedo, undoSeq } = this.journal.state(workshopId);
        return { value, history: { canUndo, canRedo, undoSeq } };
      }
      this.touch(workshopId, now);
      // A recorded edit is undoable and has just dropped whatever was undone: no need to ask the journal.
      return { value, history: { canUndo: true, canRedo: false, undoSeq: seq } };
    });
  }

  touch(workshopId: string, now = this.now()): void {
    this.rows.run('UPDATE workshops SET updated_at = ? WHERE id = ?', [now, workshopId]);
  }

  history(workshopId: string): HistoryState {
    return this.journal.state(workshopId);
  }
}
