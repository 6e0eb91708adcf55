// What the room's screen shows, set by the control window and told to every audience window: the step, the card under
// discussion, whether the vote's ranking is revealed, whether the strategy chain is shown instead of the board. Kept by the host in memory only: it is a moment, not a record.
import { z } from 'zod';
import { Id, StepId } from '../model';

export const Presentation = z
  .object({
    workshopId: Id,
    step: StepId,
    spotlight: Id.nullable(),
    reveal: z.boolean(),
    /** The strategy chain instead of the step's board; absent from older control windows, read as false. */
    map: z.boolean().optional(),
  })
  .strict();
export type Presentation = z.infer<typeof Presentation>;

export const presentationCalls = {
  /** The control window says what the room sees; the host answers it and sends `presentation.changed`. */
  'presentation.set': { input: Presentation, output: Presentation },
  /** What the room sees now, for an audience window that just opened; null before any control window said. */
  'presentation.get': { input: z.object({ workshopId: Id }).strict(), output: Presentation.nullable() },
};
