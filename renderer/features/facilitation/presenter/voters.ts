// The voters of a round as the keyboard vote sees them: participants in the order they were added, with votes left (pure).
import type { VoteRound, WorkshopData } from '../../../../shared/model';
import { votesLeft } from '../../votes';
import { numberCards, type NumberedCard, type Voter } from '../voteFlow';

export const DEFAULT_VOTES = 3;

/** The open round of this step, if the room is voting on it. */
export const openRoundOf = (data: WorkshopData, step: string): VoteRound | null =>
  data.voteRounds.find((r) => r.status === 'open' && r.step === step) ?? null;

export function votersOf(data: WorkshopData, round: VoteRound | null): Voter[] {
  return [...data.participants]
    .sort((a, b) => a.createdAt - b.createdAt || a.id.localeCompare(b.id))
    .map((p) => ({ id: p.id, name: p.name, left: round ? votesLeft(data, round, p) : 0 }));
}

export const stepCards = (data: WorkshopData, step: string): NumberedCard[] => numberCards(data.cards.filter((c) => c.step === step));
