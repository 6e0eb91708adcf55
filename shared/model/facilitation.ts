// What the facilitator runs the room with: agenda, step timer, parking lot, dot votes, accepted findings.
import { z } from 'zod';
import { Id, plainText, ShortText, StepId, Timestamp } from './ids';

export const AgendaEntry = z.object({
  step: StepId,
  // Any place in the list; its length is the catalogue's (positions are 0..STEPS.length-1, keyed by step id).
  position: z.number().int().min(0).max(99),
  timeboxMinutes: z.number().int().min(1).max(240),
  skipped: z.boolean(),
  /** Time spent on the step so far, including the running stretch if its timer runs. */
  spentMs: z.number().int().nonnegative(),
  /** When the step's timer was started, if it is running. */
  runningSince: Timestamp.nullable(),
});
export type AgendaEntry = z.infer<typeof AgendaEntry>;

export const ParkingItem = z.object({
  id: Id,
  workshopId: Id,
  step: StepId,
  text: plainText(2_000),
  done: z.boolean(),
  createdAt: Timestamp,
});
export type ParkingItem = z.infer<typeof ParkingItem>;

export const VoteRound = z.object({
  id: Id,
  workshopId: Id,
  step: StepId,
  votesPerParticipant: z.number().int().min(1).max(20),
  anonymous: z.boolean(),
  status: z.enum(['open', 'closed']),
  createdAt: Timestamp,
});
export type VoteRound = z.infer<typeof VoteRound>;

export const Vote = z.object({
  id: Id,
  roundId: Id,
  cardId: Id,
  /** Null in an anonymous round: the vote is counted, not attributed. */
  participantId: Id.nullable(),
  createdAt: Timestamp,
});
export type Vote = z.infer<typeof Vote>;

export const AcceptedFinding = z.object({
  ruleId: z.string().min(1).max(80),
  /** The finding's card ids, sorted and joined by commas ('' for none). */
  cardKey: z.string().max(2_000),
  reason: ShortText.trim().min(1, 'say why this risk is accepted'),
  acceptedAt: Timestamp,
});
export type AcceptedFinding = z.infer<typeof AcceptedFinding>;
