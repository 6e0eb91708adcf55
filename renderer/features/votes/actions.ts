// Dot-vote actions on the open workshop: start a round, cast and retract votes, close and reset.
// The host's answers list every row they wrote (the round a start closed, the votes a reset removed): the store applies them.
import type { VoteRound } from '../../../shared/model';
import type { Client } from '../../client';
import type { WorkshopStore } from '../../stores/workshop';

export function voteActions(client: Client, store: WorkshopStore) {
  const run = store.getState().run;
  return {
    start: (step: VoteRound['step'], votesPerParticipant: number, anonymous: boolean) =>
      run((workshopId) => client.call('vote.start', { workshopId, step, votesPerParticipant, anonymous })),
    cast: (roundId: string, cardId: string, participantId: string | null) =>
      run((workshopId) => client.call('vote.cast', { workshopId, roundId, cardId, participantId })),
    retract: (voteId: string) => run((workshopId) => client.call('vote.retract', { workshopId, voteId })),
    close: (roundId: string) => run((workshopId) => client.call('vote.close', { workshopId, roundId })),
    reset: (roundId: string) => run((workshopId) => client.call('vote.reset', { workshopId, roundId })),
  };
}

export type VoteActions = ReturnType<typeof voteActions>;
