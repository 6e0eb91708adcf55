// The votes feature's front door: the dot-vote actions and what a round's results say.
export { voteActions, type VoteActions } from './actions';
export { latestRound, openRound, ranking, votesLeft, votesPerCard, type RankedCard } from './results';
