// Generic row reads and writes by table spec, with statements prepared once per connection.
import type { Database, Statement } from 'better-sqlite3';
import { TABLES, type Row, type TableName } from './tables';

/** A row written through put or remove, as a `workshop.changed` event names it. */
export interface Touched {
  table: TableName;
  key: Row;
  removed: boolean;
  /** Every column as written, when it was not removed. */
  row: Row | null;
}

export class Rows {
  private readonly cache = new Map<string, Statement>();
  /** Rows written since the last `takeTouched`, latest state per key. */
  private readonly touched = new Map<string, Touched>();

  constructor(readonly db: Database) {}

  private stmt(sql: string): Statement {
    let s = this.cache.get(sql);
    if (!s) {
      s = this.db.prepare(sql);
      this.cache.set(sql, s);
    }
    return s;
  }

  private where(table: TableName): string {
    return TABLES[table].key.map((k) => `${k} = @${k}`).join(' AND ');
  }

  get(table: TableName, key: Row): Row | null {
    return (this.stmt(`SELECT * FROM ${table} WHERE ${this.where(table)}`).get(key) as Row | undefined) ?? null;
  }

  /** Inserts the row or updates every column of the existing one (never delete-and-insert: that would cascade). */
  put(table: TableName, row: Row): void {
    const spec = TABLES[table];
    const cols = spec.columns;
    const updates = cols.filter((c) => !spec.key.includes(c)).map((c) => `${c} = excluded.${c}`);
    const sql =
      `INSERT INTO ${table} (${cols.join(', ')}) VALUES (${cols.map((c) => `@${c}`).join(', ')}) ` +
      `ON CONFLICT (${spec.key.join(', ')}) DO UPDATE SET ${updates.join(', ')}`;
    const written = pick(row, cols);
    this.stmt(sql).run(written);
    this.note(table, keyOf(table, row), written);
  }

  remove(table: TableName, key: Row): void {
    const k = pick(key, TABLES[table].key);
    this.stmt(`DELETE FROM ${table} WHERE ${this.where(table)}`).run(k);
    this.note(table, k, null);
  }

  private note(table: TableName, key: Row, row: Row | null): void {
    this.touched.set(`${table}:${JSON.stringify(key)}`, { table, key, removed: row === null, row });
  }

  /** The rows written by put and remove since the last call, and forgets them. */
  takeTouched(): Touched[] {
    const out = [...this.touched.values()];
    this.touched.clear();
    return out;
  }

  all(sql: string, params: Row | unknown[] = {}): Row[] {
    return this.stmt(sql).all(params) as Row[];
  }

  run(sql: string, params: Row | unknown[] = {}): void {
    this.stmt(sql).run(params);
  }

  /** Runs an INSERT and answers the new rowid. */
  insert(sql: string, params: Row | unknown[] = {}): number {
    return Number(this.stmt(sql).run(params).lastInsertRowid);
  }
}

export function pick(row: Row, columns: readonly string[]): Row {
  const out: Row = {};
  for (const c of columns) out[c] = row[c] ?? null;
  return out;
}

export function keyOf(table: TableName, row: Row): Row {
  return pick(row, TABLES[table].key);
}
