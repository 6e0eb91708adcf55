// Rows kept outside their table (undo journal, snapshots) carry the schema version they were written with, and are upgraded on read.
import type { Row, TableName } from '../store/tables';
import type { Migration } from './migrations/types';

/** Entries and snapshots written before versions were recorded date from schema 3 at most; no migration up to 3 changes a row. */
export const UNVERSIONED = 3;

/** The row as the migrations after `from` would have left it, had it been in its table when they ran. */
export function upgradeRow(migrations: readonly Migration[], from: number, table: TableName, row: Row): Row {
  let out = row;
  for (const m of migrations.slice(from)) if (m.upgradeRow) out = m.upgradeRow(table, out) as Row;
  return out;
}

export const upgradeRowOrNull = (migrations: readonly Migration[], from: number, table: TableName, row: Row | null): Row | null =>
  row === null ? null : upgradeRow(migrations, from, table, row);
