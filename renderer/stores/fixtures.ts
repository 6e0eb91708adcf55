// Small, valid workshop data for store and logic tests.
import type { RowChange } from '../../shared/api';
import type { Card, WorkshopData, WorkshopSummary } from '../../shared/model';

export const workshop = (id = 'w1', over: Partial<WorkshopData['workshop']> = {}): WorkshopData['workshop'] => ({
  id,
  title: 'Atelier',
  organisation: 'Org',
  sector: '',
  date: null,
  language: 'fr',
  template: null,
  createdAt: 1,
  updatedAt: 1,
  deletedAt: null,
  ...over,
});

export const summary = (id: string, title = id): WorkshopSummary => ({ ...workshop(id, { title }), progress: 0, cardCount: 0 });

export const card = (id: string, over: Partial<Card> = {}): Card => ({
  id,
  workshopId: 'w1',
  step: 'objectives',
  kind: 'objective',
  title: id,
  body: '',
  fields: {},
  x: 0,
  y: 0,
  width: 220,
  height: 120,
  colour: null,
  createdAt: 1,
  updatedAt: 1,
  ...over,
});

export const data = (over: Partial<WorkshopData> = {}): WorkshopData => ({
  workshop: workshop(),
  cards: [],
  links: [],
  participants: [],
  answers: [],
  agenda: [],
  parking: [],
  voteRounds: [],
  votes: [],
  accepted: [],
  history: { canUndo: false, canRedo: false, undoLabel: null, redoLabel: null },
  ...over,
});

export const history = (canUndo: boolean, canRedo = false) => ({ canUndo, canRedo });

/** A row a mutation answers as written, keyed by its id unless told. */
export const put = (table: RowChange['table'], value: object, key?: RowChange['key']): RowChange => ({
  table,
  key: key ?? { id: (value as { id: string }).id },
  removed: false,
  value: value as Record<string, unknown>,
});

/** A row a mutation answers as removed. */
export const gone = (table: RowChange['table'], id: string): RowChange => ({ table, key: { id }, removed: true });
