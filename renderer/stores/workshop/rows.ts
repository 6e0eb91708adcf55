// Applies the rows a call wrote (its answer's or another window's `workshop.changed`) to a loaded workshop,
// by table: every side effect the host made (a deleted card's links and votes…) arrives as a row of its own.
import type { RowChange } from '../../../shared/api';
import type { WorkshopData } from '../../../shared/model';

type ListKey = 'cards' | 'links' | 'participants' | 'answers' | 'parking' | 'voteRounds' | 'votes' | 'accepted';
type Item = WorkshopData[ListKey][number];

interface ListTable {
  list: ListKey;
  /** The identity of a held item, and of a row's key columns, in the same form. */
  of(item: Item): string;
  key(key: RowChange['key']): string;
}

const byId: Pick<ListTable, 'of' | 'key'> = { of: (item) => (item as { id: string }).id, key: (k) => String(k.id) };

const LISTS: Partial<Record<RowChange['table'], ListTable>> = {
  cards: { list: 'cards', ...byId },
  links: { list: 'links', ...byId },
  participants: { list: 'participants', ...byId },
  parking: { list: 'parking', ...byId },
  vote_rounds: { list: 'voteRounds', ...byId },
  votes: { list: 'votes', ...byId },
  answers: { list: 'answers', of: (item) => (item as { question: string }).question, key: (k) => String(k.question) },
  accepted_findings: {
    list: 'accepted',
    of: (item) => {
      const a = item as { ruleId: string; cardKey: string };
      return `${a.ruleId}\n${a.cardKey}`;
    },
    key: (k) => `${String(k.rule_id)}\n${String(k.card_key)}`,
  },
};

/**
 * The workshop with the rows applied: changed items replaced where they stand, new ones appended, removed ones
 * dropped. Null when a row cannot be applied on its own (the agenda, a row without its value): read it again.
 */
export function applyRows(data: WorkshopData, rows: readonly RowChange[]): WorkshopData | null {
  let next = data;
  for (const row of rows) {
    if (row.table === 'workshops') {
      if (!row.value || row.removed) return null;
      if (row.value.id === next.workshop.id) next = { ...next, workshop: row.value as unknown as WorkshopData['workshop'] };
      continue;
    }
    const table = LISTS[row.table];
    if (!table || (!row.removed && !row.value)) return null;
    const id = table.key(row.key);
    const items = next[table.list] as Item[];
    const at = items.findIndex((item) => table.of(item) === id);
    let list: Item[];
    if (row.removed) list = at < 0 ? items : items.filter((_, i) => i !== at);
    else if (at < 0) list = [...items, row.value as unknown as Item];
    else list = items.map((item, i) => (i === at ? (row.value as unknown as Item) : item));
    if (list !== items) next = { ...next, [table.list]: list };
  }
  return next;
}
