// Converts between database rows (snake_case, JSON text) and the shared entities.
import type { Answer, AnswerValue, Card, Fields, Link, Participant, Workshop } from '../../../shared/model';
import type { Row } from './tables';

type Cell = Row[string] | undefined;

const str = (v: Cell): string => (v == null ? '' : String(v));
const num = (v: Cell): number => Number(v);
const optStr = (v: Cell): string | null => (v == null ? null : String(v));
const optNum = (v: Cell): number | null => (v == null ? null : Number(v));

export const workshopFromRow = (r: Row): Workshop => ({
  id: str(r.id),
  title: str(r.title),
  organisation: str(r.organisation),
  sector: str(r.sector),
  date: optStr(r.date),
  language: r.language === 'en' ? 'en' : 'fr',
  template: optStr(r.template),
  createdAt: num(r.created_at),
  updatedAt: num(r.updated_at),
  deletedAt: optNum(r.deleted_at),
});

export const workshopToRow = (w: Workshop): Row => ({
  id: w.id,
  title: w.title,
  organisation: w.organisation,
  sector: w.sector,
  date: w.date,
  language: w.language,
  template: w.template,
  created_at: w.createdAt,
  updated_at: w.updatedAt,
  deleted_at: w.deletedAt,
});

export const cardFromRow = (r: Row): Card => ({
  id: str(r.id),
  workshopId: str(r.workshop_id),
  step: str(r.step) as Card['step'],
  kind: str(r.kind),
  title: str(r.title),
  body: str(r.body),
  fields: JSON.parse(str(r.fields) || '{}') as Fields,
  x: num(r.x),
  y: num(r.y),
  width: num(r.width),
  height: num(r.height),
  colour: optStr(r.colour),
  createdAt: num(r.created_at),
  updatedAt: num(r.updated_at),
});

export const cardToRow = (c: Card): Row => ({
  id: c.id,
  workshop_id: c.workshopId,
  step: c.step,
  kind: c.kind,
  title: c.title,
  body: c.body,
  fields: JSON.stringify(c.fields),
  x: c.x,
  y: c.y,
  width: c.width,
  height: c.height,
  colour: c.colour,
  created_at: c.createdAt,
  updated_at: c.updatedAt,
});

export const linkFromRow = (r: Row): Link => ({
  id: str(r.id),
  workshopId: str(r.workshop_id),
  kind: str(r.kind) as Link['kind'],
  fromCard: str(r.from_card),
  toCard: str(r.to_card),
  createdAt: num(r.created_at),
});

export const linkToRow = (l: Link): Row => ({
  id: l.id,
  workshop_id: l.workshopId,
  kind: l.kind,
  from_card: l.fromCard,
  to_card: l.toCard,
  created_at: l.createdAt,
});

export const participantFromRow = (r: Row): Participant => ({
  id: str(r.id),
  workshopId: str(r.workshop_id),
  name: str(r.name),
  department: str(r.department),
  role: str(r.role),
  stance: str(r.stance) as Participant['stance'],
  createdAt: num(r.created_at),
});

export const participantToRow = (p: Participant): Row => ({
  id: p.id,
  workshop_id: p.workshopId,
  name: p.name,
  department: p.department,
  role: p.role,
  stance: p.stance,
  created_at: p.createdAt,
});

export const answerFromRow = (r: Row): Answer => ({
  workshopId: str(r.workshop_id),
  step: str(r.step) as Answer['step'],
  question: str(r.question),
  value: JSON.parse(str(r.value)) as AnswerValue,
  updatedAt: num(r.updated_at),
});

export const answerToRow = (a: Answer): Row => ({
  workshop_id: a.workshopId,
  question: a.question,
  step: a.step,
  value: JSON.stringify(a.value),
  updated_at: a.updatedAt,
});
