// A workshop's content as raw rows: read it whole, and write another version over it as one edit.
import type { Migration } from '../db/migrations/types';
import { UNVERSIONED, upgradeRow } from '../db/upgrade';
import type { Edit } from './journal';
import type { Rows } from './rows';
import { keyOf } from './rows';
import type { Row, TableName } from './tables';

export interface Content {
  /** The schema version the rows were read under (set in stored snapshots; absent before versions were recorded). */
  schemaVersion?: number;
  workshop: Row;
  cards: Row[];
  links: Row[];
  participants: Row[];
  answers: Row[];
  agenda?: Row[];
  parking?: Row[];
  vote_rounds?: Row[];
  votes?: Row[];
  accepted_findings?: Row[];
}

/** In dependency order: a table comes after the ones it points to. */
const PARTS = ['cards', 'links', 'participants', 'answers', 'agenda', 'parking', 'vote_rounds', 'votes', 'accepted_findings'] as const;
type Part = (typeof PARTS)[number];

export function readContent(rows: Rows, workshopId: string): Content {
  const by = { id: workshopId };
  const workshop = rows.get('workshops', { id: workshopId });
  if (!workshop) throw new Error(`no workshop ${workshopId}`);
  const content: Content = { workshop, cards: [], links: [], participants: [], answers: [] };
  for (const t of PARTS) content[t] = rows.all(`SELECT * FROM ${t} WHERE workshop_id = @id ORDER BY rowid`, by);
  return content;
}

const keyString = (table: TableName, row: Row) => JSON.stringify(keyOf(table, row));

/** Writes `target` over the current content, touching only rows that differ, so undo has little to keep. */
export function replaceContent(rows: Rows, edit: Edit, workshopId: string, target: Content): void {
  const current = readContent(rows, workshopId);
  // A snapshot taken before a table existed simply has none of its rows.
  const part = (c: Content, table: Part) => c[table] ?? [];
  const wanted = (table: Part) => new Map(part(target, table).map((r) => [keyString(table, r), r]));
  // Remove in reverse dependency order, so nothing is left pointing at a removed row (a cascade would skip the journal).
  for (const table of [...PARTS].reverse()) {
    const keep = wanted(table);
    for (const row of part(current, table)) if (!keep.has(keyString(table, row))) edit.remove(table, keyOf(table, row));
  }
  for (const table of PARTS) {
    const now = new Map(part(current, table).map((r) => [keyString(table, r), JSON.stringify(r)]));
    for (const row of part(target, table)) {
      if (now.get(keyString(table, row)) !== JSON.stringify(row)) edit.put(table, row);
    }
  }
  const merged: Row = { ...current.workshop };
  for (const column of ['title', 'organisation', 'sector', 'date', 'language']) merged[column] = target.workshop[column] ?? null;
  if (JSON.stringify(merged) !== JSON.stringify(current.workshop)) edit.put('workshops', merged);
}

/** A stored snapshot's content as today's schema has it: rows written before a migration are upgraded through it. */
export function upgradeContent(content: Content, migrations: readonly Migration[]): Content {
  const from = content.schemaVersion ?? UNVERSIONED;
  if (from >= migrations.length) return content;
  const out: Content = {
    ...content,
    schemaVersion: migrations.length,
    workshop: upgradeRow(migrations, from, 'workshops', content.workshop),
  };
  for (const table of PARTS) {
    const rows = content[table];
    if (rows) out[table] = rows.map((r) => upgradeRow(migrations, from, table, r));
  }
  return out;
}
