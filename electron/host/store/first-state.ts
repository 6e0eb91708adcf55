// A workshop's first state as its undo journal can rebuild it: today's rows with every edit in effect taken back, in memory.
import { HISTORY_LIMIT } from './journal';
import { readContent } from './content';
import { keyOf } from './rows';
import type { Store } from './store';
import type { Row, TableName } from './tables';

const KEPT = ['cards', 'links', 'participants', 'answers'] as const;
type Kept = (typeof KEPT)[number];
const isKept = (table: TableName): table is Kept => (KEPT as readonly string[]).includes(table);

export interface FirstState {
  /** 'created': the journal holds every edit since the workshop was made; 'earliest': older ones were trimmed. */
  origin: 'created' | 'earliest';
  at: number;
  rows: Record<Kept, Row[]>;
}

/** Null when the journal holds no edit in effect: the first state it knows is the current one. */
export function firstState(store: Store, workshopId: string): FirstState | null {
  const entries = store.journal.done(workshopId);
  const oldest = entries.at(-1);
  if (!oldest) return null;
  const content = readContent(store.rows, workshopId);
  const key = (table: Kept, row: Row) => JSON.stringify(keyOf(table, row));
  const tables = Object.fromEntries(KEPT.map((t) => [t, new Map(content[t].map((row) => [key(t, row), row]))])) as Record<
    Kept,
    Map<string, Row>
  >;
  for (const entry of entries) {
    for (const op of [...entry.ops].reverse()) {
      if (!isKept(op.table)) continue;
      if (op.before) tables[op.table].set(key(op.table, op.key), op.before);
      else tables[op.table].delete(key(op.table, op.key));
    }
  }
  // Fewer edits than the journal keeps: none was ever trimmed, so this is the workshop as it was made.
  const complete = entries.length < HISTORY_LIMIT;
  const workshop = store.workshop(workshopId);
  return {
    origin: complete ? 'created' : 'earliest',
    at: complete ? workshop.createdAt : oldest.createdAt,
    rows: Object.fromEntries(KEPT.map((t) => [t, [...tables[t].values()]])) as Record<Kept, Row[]>,
  };
}
