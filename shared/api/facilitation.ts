// Contract calls of the facilitation tools: agenda, timer, parking lot, dot voting, accepted findings.
import { z } from 'zod';
import { call } from './call';
import { AcceptedFinding, AgendaEntry, Id, ParkingItem, plainText, StepId, STEP_IDS, Vote, VoteRound } from '../model';
import { withHistory } from './rows';

const Ref = z.object({ workshopId: Id }).strict();
const ParkingText = plainText(2_000).trim().min(1, 'write the idea first');

export const facilitationCalls = {
  'agenda.update': call(
    z
      .object({
        workshopId: Id,
        step: StepId,
        patch: z
          .object({ timeboxMinutes: z.number().int().min(1).max(240), skipped: z.boolean() })
          .partial()
          .strict(),
      })
      .strict(),
    withHistory(z.array(AgendaEntry)),
  ),
  'agenda.reorder': call(
    z
      .object({
        workshopId: Id,
        order: z
          .array(StepId)
          .length(STEP_IDS.length)
          .refine((o) => new Set(o).size === o.length, { message: 'each step appears once' }),
      })
      .strict(),
    withHistory(z.array(AgendaEntry)),
  ),
  'timer.start': call(z.object({ workshopId: Id, step: StepId }).strict(), z.array(AgendaEntry)),
  'timer.pause': call(Ref, z.array(AgendaEntry)),
  'parking.add': call(z.object({ workshopId: Id, step: StepId, text: ParkingText }).strict(), withHistory(ParkingItem)),
  'parking.update': call(
    z
      .object({ workshopId: Id, itemId: Id, patch: z.object({ text: ParkingText, done: z.boolean(), step: StepId }).partial().strict() })
      .strict(),
    withHistory(ParkingItem),
  ),
  'parking.delete': call(z.object({ workshopId: Id, itemId: Id }).strict(), withHistory(z.object({ itemId: Id }))),
  'vote.start': call(
    z
      .object({
        workshopId: Id,
        step: StepId,
        votesPerParticipant: z.number().int().min(1).max(20).default(3),
        anonymous: z.boolean().default(false),
      })
      .strict(),
    withHistory(VoteRound),
  ),
  'vote.cast': call(
    z.object({ workshopId: Id, roundId: Id, cardId: Id, participantId: Id.nullable().default(null) }).strict(),
    withHistory(Vote),
  ),
  'vote.retract': call(z.object({ workshopId: Id, voteId: Id }).strict(), withHistory(z.object({ voteId: Id }))),
  'vote.close': call(z.object({ workshopId: Id, roundId: Id }).strict(), withHistory(VoteRound)),
  'vote.reset': call(z.object({ workshopId: Id, roundId: Id }).strict(), withHistory(z.object({ roundId: Id, removed: z.number().int() }))),
  'finding.accept': call(
    z
      .object({
        workshopId: Id,
        ruleId: AcceptedFinding.shape.ruleId,
        cardKey: AcceptedFinding.shape.cardKey,
        reason: AcceptedFinding.shape.reason,
      })
      .strict(),
    withHistory(AcceptedFinding),
  ),
  'finding.reopen': call(
    z.object({ workshopId: Id, ruleId: AcceptedFinding.shape.ruleId, cardKey: AcceptedFinding.shape.cardKey }).strict(),
    withHistory(z.object({ ruleId: z.string(), cardKey: z.string() })),
  ),
};
