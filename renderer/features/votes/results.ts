// Dot-vote results: counts per card for a round, ranked, and each participant's votes left (pure).
import type { Card, Participant, VoteRound, WorkshopData } from '../../../shared/model';

export interface RankedCard {
  card: Card;
  votes: number;
  rank: number;
}

/** The round still open in the workshop, if any (the host keeps at most one). */
export const openRound = (data: WorkshopData): VoteRound | null => data.voteRounds.find((r) => r.status === 'open') ?? null;

/** The newest round of a step, open or closed: its results stay visible after it closes. */
export const latestRound = (data: WorkshopData, step: string): VoteRound | null =>
  [...data.voteRounds].filter((r) => r.step === step).sort((a, b) => b.createdAt - a.createdAt)[0] ?? null;

export function votesPerCard(data: WorkshopData, roundId: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const v of data.votes) if (v.roundId === roundId) counts.set(v.cardId, (counts.get(v.cardId) ?? 0) + 1);
  return counts;
}

/** The round's cards from most to least voted; equal counts share a rank; cards without votes come last. */
export function ranking(data: WorkshopData, round: VoteRound): RankedCard[] {
  const counts = votesPerCard(data, round.id);
  const sorted = data.cards
    .filter((c) => c.step === round.step)
    .map((card) => ({ card, votes: counts.get(card.id) ?? 0 }))
    .sort((a, b) => b.votes - a.votes || a.card.createdAt - b.card.createdAt);
  let rank = 0;
  let previous = -1;
  return sorted.map((entry, i) => {
    if (entry.votes !== previous) rank = i + 1;
    previous = entry.votes;
    return { ...entry, rank };
  });
}

/** Votes a participant may still cast in a named round; in an anonymous round, what the room has left. */
export function votesLeft(data: WorkshopData, round: VoteRound, participant: Participant | null): number {
  const cast = data.votes.filter((v) => v.roundId === round.id && (round.anonymous || v.participantId === participant?.id)).length;
  const budget = round.anonymous ? round.votesPerParticipant * data.participants.length : round.votesPerParticipant;
  return Math.max(0, budget - cast);
}
