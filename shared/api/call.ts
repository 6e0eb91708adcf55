// The two builders every contract file uses: a call's input and output, and a mutation's answer with the undo state.
import { z } from 'zod';

export const call = <I extends z.ZodType, O extends z.ZodType>(input: I, output: O) => ({ input, output });

/** Mutations answer with what changed plus the workshop's undo state. */
export const withHistory = <O extends z.ZodType>(value: O) =>
  z.object({
    value,
    // undoSeq: the edit undo would take back now, so a window can tell its own edit from another window's.
    history: z.object({ canUndo: z.boolean(), canRedo: z.boolean(), undoSeq: z.number().int().nullable().optional() }),
  });
