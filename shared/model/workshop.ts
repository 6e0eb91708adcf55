// Workshops, their participants and the answers to the guided questions.
import { z } from 'zod';
import { Card, Link } from './card';
import { AcceptedFinding, AgendaEntry, ParkingItem, Vote, VoteRound } from './facilitation';
import { Id, IsoDate, Language, LongText, plainText, ShortText, StepId, Timestamp } from './ids';

export const Workshop = z.object({
  id: Id,
  title: ShortText,
  organisation: ShortText,
  sector: ShortText,
  date: IsoDate.nullable(),
  language: Language,
  template: z.string().max(64).nullable(),
  createdAt: Timestamp,
  updatedAt: Timestamp,
  deletedAt: Timestamp.nullable(),
});
export type Workshop = z.infer<typeof Workshop>;

export const WorkshopSummary = Workshop.extend({
  progress: z.number().min(0).max(1),
  cardCount: z.number().int().nonnegative(),
});
export type WorkshopSummary = z.infer<typeof WorkshopSummary>;

export const WorkshopPatch = z
  .object({
    title: ShortText.min(1, 'a workshop needs a title'),
    organisation: ShortText,
    sector: ShortText,
    date: IsoDate.nullable(),
    language: Language,
  })
  .partial()
  .strict();
export type WorkshopPatch = z.infer<typeof WorkshopPatch>;

export const Stance = z.enum(['champion', 'neutral', 'skeptic']);
export type Stance = z.infer<typeof Stance>;

export const Participant = z.object({
  id: Id,
  workshopId: Id,
  name: ShortText.min(1, 'a participant needs a name'),
  department: ShortText,
  role: ShortText,
  stance: Stance,
  createdAt: Timestamp,
});
export type Participant = z.infer<typeof Participant>;

export const ParticipantDraft = Participant.pick({ name: true, department: true, role: true, stance: true }).partial({
  department: true,
  role: true,
  stance: true,
});
export const ParticipantPatch = Participant.pick({ name: true, department: true, role: true, stance: true }).partial().strict();

/** The value of an answer to a guided question. */
export const AnswerValue = z.union([LongText, z.number().finite(), z.boolean(), z.array(plainText(300)).max(100), z.null()]);
export type AnswerValue = z.infer<typeof AnswerValue>;

export const QuestionId = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[a-z][a-zA-Z0-9_.]*$/, 'a question id is a plain identifier');

export const Answer = z.object({
  workshopId: Id,
  step: StepId,
  question: QuestionId,
  value: AnswerValue,
  updatedAt: Timestamp,
});
export type Answer = z.infer<typeof Answer>;

export const HistoryState = z.object({
  canUndo: z.boolean(),
  canRedo: z.boolean(),
  undoLabel: z.string().nullable(),
  redoLabel: z.string().nullable(),
  /** The journal entry undo would take back now (see history.undo's `expected`). */
  undoSeq: z.number().int().nullable().optional(),
});
export type HistoryState = z.infer<typeof HistoryState>;

/** Everything the workshop screen needs, in one answer. */
export const WorkshopData = z.object({
  workshop: Workshop,
  cards: z.array(Card),
  links: z.array(Link),
  participants: z.array(Participant),
  answers: z.array(Answer),
  agenda: z.array(AgendaEntry),
  parking: z.array(ParkingItem),
  voteRounds: z.array(VoteRound),
  votes: z.array(Vote),
  accepted: z.array(AcceptedFinding),
  history: HistoryState,
});
export type WorkshopData = z.infer<typeof WorkshopData>;
