// The tables whose rows the undo journal tracks, with their keys and columns.
export type Row = Record<string, string | number | null>;

export interface TableSpec {
  name: TableName;
  key: readonly string[];
  columns: readonly string[];
}

export type TableName =
  | 'workshops'
  | 'cards'
  | 'links'
  | 'participants'
  | 'answers'
  | 'agenda'
  | 'parking'
  | 'vote_rounds'
  | 'votes'
  | 'accepted_findings'
  | 'inbox';

export const TABLES: Record<TableName, TableSpec> = {
  workshops: {
    name: 'workshops',
    key: ['id'],
    columns: ['id', 'title', 'organisation', 'sector', 'date', 'language', 'template', 'created_at', 'updated_at', 'deleted_at'],
  },
  cards: {
    name: 'cards',
    key: ['id'],
    columns: [
      'id',
      'workshop_id',
      'step',
      'kind',
      'title',
      'body',
      'fields',
      'x',
      'y',
      'width',
      'height',
      'colour',
      'created_at',
      'updated_at',
    ],
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
  agenda: {
    name: 'agenda',
    key: ['workshop_id', 'step'],
    columns: ['workshop_id', 'step', 'position', 'timebox_minutes', 'skipped'],
  },
  parking: {
    name: 'parking',
    key: ['id'],
    columns: ['id', 'workshop_id', 'step', 'text', 'done', 'created_at'],
  },
  vote_rounds: {
    name: 'vote_rounds',
    key: ['id'],
    columns: ['id', 'workshop_id', 'step', 'votes_per_participant', 'anonymous', 'status', 'created_at'],
  },
  votes: {
    name: 'votes',
    key: ['id'],
    columns: ['id', 'workshop_id', 'round_id', 'card_id', 'participant_id', 'created_at'],
  },
  accepted_findings: {
    name: 'accepted_findings',
    key: ['workshop_id', 'rule_id', 'card_key'],
    columns: ['workshop_id', 'rule_id', 'card_key', 'reason', 'accepted_at'],
  },
  // Ideas from phones waiting for the facilitator; announced through the room's state, not `workshop.changed`.
  inbox: {
    name: 'inbox',
    key: ['id'],
    columns: ['id', 'workshop_id', 'step', 'text', 'author', 'created_at'],
  },
};
