// The undo journal: each edit records the rows it changed (before and after), per workshop.
// Undo writes the "before" rows back, redo the "after" rows; a new edit drops what was undone.
import { CallFailure, STALE_ISSUE } from '../../../shared/api';
import type { HistoryState } from '../../../shared/model';
import type { Migration } from '../db/migrations/types';
import { UNVERSIONED, upgradeRow, upgradeRowOrNull } from '../db/upgrade';
import { keyOf, type Rows } from './rows';
import type { Row, TableName } from './tables';

export interface RowOp {
  table: TableName;
  key: Row;
  before: Row | null;
  after: Row | null;
}

/** Collects the row changes of one edit while applying them. */
export class Edit {
  readonly ops: RowOp[] = [];

  constructor(private readonly rows: Rows) {}

  put(table: TableName, row: Row): void {
    const key = keyOf(table, row);
    const before = this.rows.get(table, key);
    this.rows.put(table, row);
    this.ops.push({ table, key, before, after: this.rows.get(table, key) });
  }

  remove(table: TableName, key: Row): boolean {
    const before = this.rows.get(table, key);
    if (!before) return false;
    this.rows.remove(table, key);
    this.ops.push({ table, key, before, after: null });
    return true;
  }
}

/** How many edits a workshop keeps for undo. */
export const HISTORY_LIMIT = 500;
/** Edits with the same coalesce key within this window merge into one undo step (typing). */
export const COALESCE_MS = 4_000;
const PRUNE_EVERY = 64;

interface Entry {
  seq: number;
  label: string;
  coalesce_key: string | null;
  ops: string;
  created_at: number;
}

/** What the `ops` column holds: the row changes and the schema version they were written with. */
interface Stored {
  schemaVersion: number;
  ops: RowOp[];
}

export class Journal {
  constructor(
    private readonly rows: Rows,
    private readonly migrations: readonly Migration[],
  ) {}

  private write(ops: RowOp[]): string {
    return JSON.stringify({ schemaVersion: this.migrations.length, ops } satisfies Stored);
  }

  /** An entry's ops as today's schema has them: an entry written before a migration is upgraded through it. */
  private read(text: string): RowOp[] {
    const parsed = JSON.parse(text) as Stored | RowOp[];
    const { schemaVersion, ops } = Array.isArray(parsed) ? { schemaVersion: UNVERSIONED, ops: parsed } : parsed;
    if (schemaVersion >= this.migrations.length) return ops;
    return ops.map((op) => ({
      table: op.table,
      key: upgradeRow(this.migrations, schemaVersion, op.table, op.key),
      before: upgradeRowOrNull(this.migrations, schemaVersion, op.table, op.before),
      after: upgradeRowOrNull(this.migrations, schemaVersion, op.table, op.after),
    }));
  }

  /** Records an edit; answers its entry's seq (the top of the journal now), or null when nothing changed. */
  record(workshopId: string, label: string, coalesce: string | null, ops: RowOp[], now: number): number | null {
    if (ops.length === 0) return null;
    this.rows.run('DELETE FROM history WHERE workshop_id = ? AND undone = 1', [workshopId]);
    const top = coalesce ? this.top(workshopId, 0) : null;
    if (coalesce && top && top.coalesce_key === coalesce && now - top.created_at <= COALESCE_MS) {
      const merged = mergeOps(this.read(top.ops), ops);
      this.rows.run('UPDATE history SET ops = ?, created_at = ? WHERE seq = ?', [this.write(merged), now, top.seq]);
      return top.seq;
    }
    const seq = this.rows.insert(
      'INSERT INTO history (workshop_id, label, coalesce_key, ops, undone, created_at) VALUES (?, ?, ?, ?, 0, ?)',
      [workshopId, label, coalesce, this.write(ops), now],
    );
    // Trimming scans the workshop's history, so it runs once every PRUNE_EVERY edits, not on each one.
    if (seq % PRUNE_EVERY !== 0) return seq;
    this.rows.run(
      `DELETE FROM history WHERE workshop_id = ? AND seq <= (
         SELECT seq FROM history WHERE workshop_id = ? ORDER BY seq DESC LIMIT 1 OFFSET ?)`,
      [workshopId, workshopId, HISTORY_LIMIT],
    );
    return seq;
  }

  /** The newest done entry (undone = 0) or the oldest undone one (undone = 1): the next to undo or redo. */
  private top(workshopId: string, undone: 0 | 1): Entry | null {
    const order = undone ? 'ASC' : 'DESC';
    const rows = this.rows.all(
      `SELECT seq, label, coalesce_key, ops, created_at FROM history WHERE workshop_id = ? AND undone = ? ORDER BY seq ${order} LIMIT 1`,
      [workshopId, undone],
    );
    return (rows[0] as unknown as Entry | undefined) ?? null;
  }

  /** Takes back the newest edit; with `expected`, only if it is that edit (the one the window made or was shown). */
  undo(workshopId: string, expected?: number): boolean {
    const entry = this.top(workshopId, 0);
    if (expected !== undefined && entry?.seq !== expected) {
      throw new CallFailure(
        'conflict',
        'The latest edit of this workshop was made in another window: the workshop has been reloaded. Undo again to undo that edit.',
        'La dernière modification de cet atelier vient d’une autre fenêtre : l’atelier a été rechargé. Annulez à nouveau pour annuler celle-ci.',
        [{ path: 'history', message: STALE_ISSUE }],
      );
    }
    if (!entry) return false;
    const ops = this.read(entry.ops);
    for (const op of [...ops].reverse()) this.apply(op.table, op.key, op.before);
    this.rows.run('UPDATE history SET undone = 1 WHERE seq = ?', [entry.seq]);
    return true;
  }

  redo(workshopId: string): boolean {
    const entry = this.top(workshopId, 1);
    if (!entry) return false;
    const ops = this.read(entry.ops);
    for (const op of ops) this.apply(op.table, op.key, op.after);
    this.rows.run('UPDATE history SET undone = 0 WHERE seq = ?', [entry.seq]);
    return true;
  }

  /** The edits in effect (not undone), newest first, with their row changes as today's schema has them. */
  done(workshopId: string): { createdAt: number; ops: RowOp[] }[] {
    return this.rows
      .all('SELECT ops, created_at FROM history WHERE workshop_id = ? AND undone = 0 ORDER BY seq DESC', [workshopId])
      .map((r) => ({ createdAt: Number(r.created_at), ops: this.read(String(r.ops)) }));
  }

  state(workshopId: string): HistoryState {
    const undo = this.top(workshopId, 0);
    const redo = this.top(workshopId, 1);
    return { canUndo: !!undo, canRedo: !!redo, undoLabel: undo?.label ?? null, redoLabel: redo?.label ?? null, undoSeq: undo?.seq ?? null };
  }

  private apply(table: TableName, key: Row, row: Row | null): void {
    if (row) this.rows.put(table, row);
    else this.rows.remove(table, key);
  }
}

/** Merges a later edit into an earlier one: the earliest "before" and the latest "after" of each row. */
export function mergeOps(earlier: RowOp[], later: RowOp[]): RowOp[] {
  const merged = earlier.map((op) => ({ ...op }));
  for (const op of later) {
    const same = merged.find((m) => m.table === op.table && JSON.stringify(m.key) === JSON.stringify(op.key));
    if (same) same.after = op.after;
    else merged.push(op);
  }
  return merged;
}
