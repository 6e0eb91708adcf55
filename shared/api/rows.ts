// The rows a call wrote, as mutation answers and `workshop.changed` events carry them.
import { z } from 'zod';

/** The tables a change can touch, as the journal names them. */
export const CHANGED_TABLES = [
  'workshops',
  'cards',
  'links',
  'participants',
  'answers',
  'agenda',
  'parking',
  'vote_rounds',
  'votes',
  'accepted_findings',
] as const;
export type ChangedTable = (typeof CHANGED_TABLES)[number];

/**
 * One row a call wrote: its table, its key columns, whether it is gone and, when it is not, its new value as
 * the workshop's data holds it (a card, a vote…). No value means the window must read the workshop again.
 */
export const RowChange = z.object({
  table: z.enum(CHANGED_TABLES),
  key: z.record(z.string(), z.union([z.string(), z.number(), z.null()])),
  removed: z.boolean(),
  value: z.record(z.string(), z.unknown()).optional(),
});
export type RowChange = z.infer<typeof RowChange>;

const History = z.object({ canUndo: z.boolean(), canRedo: z.boolean(), undoSeq: z.number().int().nullable().optional() });

/** Mutations answer with what changed, the workshop's undo state and every row they wrote. */
export const withHistory = <O extends z.ZodType>(value: O) =>
  z.object({
    value,
    // undoSeq: the edit undo would take back now, so a window can tell its own edit from another window's.
    history: History,
    /** Every row the call wrote, side effects included (a deleted card's links and votes): windows apply them as they are. */
    rows: z.array(RowChange).optional(),
  });
