// Named snapshots of a workshop ("before the board meeting") and what changed since one.
import { z } from 'zod';
import { Id, ShortText, Timestamp } from './ids';

export const Snapshot = z.object({
  id: Id,
  workshopId: Id,
  name: ShortText,
  createdAt: Timestamp,
  cardCount: z.number().int().nonnegative(),
});
export type Snapshot = z.infer<typeof Snapshot>;

const CardRef = z.object({ id: Id, title: z.string(), step: z.string(), kind: z.string() });

export const SnapshotDiff = z.object({
  cards: z.object({
    added: z.array(CardRef),
    removed: z.array(CardRef),
    /** Cards present in both, with the names of what differs (title, body, a field key, position...). */
    changed: z.array(CardRef.extend({ what: z.array(z.string()) })),
  }),
  links: z.object({ added: z.number().int(), removed: z.number().int() }),
  answers: z.array(z.object({ question: z.string(), before: z.unknown(), after: z.unknown() })),
  participants: z.object({ added: z.array(z.string()), removed: z.array(z.string()) }),
  workshop: z.array(z.string()),
});
export type SnapshotDiff = z.infer<typeof SnapshotDiff>;
