// A workshop's content as raw rows: read it whole, and write another version over it as one edit.
import type { Edit } from './journal';
import type { Rows } from './rows';
import { keyOf } from './rows';
import type { Row, TableName } from './tables';

export interface Content {
  workshop: Row;
  cards: Row[];
  links: Row[];
  participants: Row[];
  answers: Row[];
}

const PARTS = ['cards', 'links', 'participants', 'answers'] as const;

export function readContent(rows: Rows, workshopId: string): Content {
  const by = { id: workshopId };
  const workshop = rows.get('workshops', { id: workshopId });
  if (!workshop) throw new Error(`no workshop ${workshopId}`);
  const [cards, links, participants, answers] = PARTS.map((t) => rows.all(`SELECT * FROM ${t} WHERE workshop_id = @id ORDER BY rowid`, by));
  return { workshop, cards: cards!, links: links!, participants: participants!, answers: answers! };
}

const keyString = (table: TableName, row: Row) => JSON.stringify(keyOf(table, row));

/** Writes `target` over the current content, touching only rows that differ, so undo has little to keep. */
export function replaceContent(rows: Rows, edit: Edit, workshopId: string, target: Content): void {
  const current = readContent(rows, workshopId);
  const wanted = (table: (typeof PARTS)[number]) => new Map(target[table].map((r) => [keyString(table, r), r]));
  // Remove links before cards, so no link is left pointing at a removed card.
  for (const table of ['links', 'cards', 'participants', 'answers'] as const) {
    const keep = wanted(table);
    for (const row of current[table]) if (!keep.has(keyString(table, row))) edit.remove(table, keyOf(table, row));
  }
  for (const table of ['cards', 'links', 'participants', 'answers'] as const) {
    const now = new Map(current[table].map((r) => [keyString(table, r), JSON.stringify(r)]));
    for (const row of target[table]) {
      if (now.get(keyString(table, row)) !== JSON.stringify(row)) edit.put(table, row);
    }
  }
  const merged: Row = { ...current.workshop };
  for (const column of ['title', 'organisation', 'sector', 'date', 'language']) merged[column] = target.workshop[column] ?? null;
  if (JSON.stringify(merged) !== JSON.stringify(current.workshop)) edit.put('workshops', merged);
}
