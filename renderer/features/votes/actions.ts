// Dot-vote actions on the open workshop: start a round, cast and retract votes, close and reset.
import type { Vote, VoteRound, WorkshopData } from '../../../shared/model';
import type { Client } from '../../client';
import type { WorkshopStore } from '../../stores/workshop';

const withRound = (data: WorkshopData, round: VoteRound): WorkshopData => {
  const others = data.voteRounds.filter((r) => r.id !== round.id);
  // Starting a round closes the one that was open: mirror what the host did.
  const closed = round.status === 'open' ? others.map((r) => (r.status === 'open' ? { ...r, status: 'closed' as const } : r)) : others;
  return { ...data, voteRounds: [...closed, round] };
};

export function voteActions(client: Client, store: WorkshopStore) {
  const run = store.getState().run;
  return {
    start: (step: VoteRound['step'], votesPerParticipant: number, anonymous: boolean) =>
      run((workshopId) => client.call('vote.start', { workshopId, step, votesPerParticipant, anonymous }), withRound),
    cast: (roundId: string, cardId: string, participantId: string | null) =>
      run(
        (workshopId) => client.call('vote.cast', { workshopId, roundId, cardId, participantId }),
        (data, vote: Vote) => ({ ...data, votes: [...data.votes, vote] }),
      ),
    retract: (voteId: string) =>
      run(
        (workshopId) => client.call('vote.retract', { workshopId, voteId }),
        (data, value) => ({ ...data, votes: data.votes.filter((v) => v.id !== value.voteId) }),
      ),
    close: (roundId: string) => run((workshopId) => client.call('vote.close', { workshopId, roundId }), withRound),
    reset: (roundId: string) =>
      run(
        (workshopId) => client.call('vote.reset', { workshopId, roundId }),
        (data, value) => ({ ...data, votes: data.votes.filter((v) => v.roundId !== value.roundId) }),
      ),
  };
}

export type VoteActions = ReturnType<typeof voteActions>;
