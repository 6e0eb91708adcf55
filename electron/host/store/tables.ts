// The tables whose rows the undo journal tracks, with their keys and columns.
export type Row = Record<string, string | number | null>;

export interface TableSpec {
  name: TableName;
  key: readonly string[];
  columns: readonly string[];
}

export type TableName = 'workshops' | 'cards' | 'links' | 'participants' | 'answers';

export const TABLES: Record<TableName, TableSpec> = {
  workshops: {
    name: 'workshops',
    key: ['id'],
    columns: ['id', 'title', 'organisation', 'sector', 'date', 'language', 'template', 'created_at', 'updated_at', 'deleted_at'],
  },
  cards: {
    name: 'cards',
    key: ['id'],
    columns: ['id', 'workshop_id', 'step', 'kind', 'title', 'body', 'fields', 'x', 'y', 'width', 'height', 'colour', 'created_at', 'updated_at'],
  },
  links: {
    name: 'links',
    key: ['id'],
    columns: ['id', 'workshop_id', 'kind', 'from_card', 'to_card', 'created_at'],
  },
  participants: {
    name: 'participants',
    key: ['id'],
    columns: ['id', 'workshop_id', 'name', 'department', 'role', 'stance', 'created_at'],
  },
  answers: {
    name: 'answers',
    key: ['workshop_id', 'question'],
    columns: ['workshop_id', 'question', 'step', 'value', 'updated_at'],
  },
};
