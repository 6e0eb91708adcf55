// Vote results: ranking with ties, the latest round of a step, votes left per participant and for the room.
import { describe, expect, it } from 'vitest';
import type { Card, Participant, Vote, VoteRound, WorkshopData } from '../../../shared/model';
import { latestRound, ranking, votesLeft } from './results';

const card = (id: string, createdAt: number): Card =>
  ({
    id,
    workshopId: 'w',
    step: 'objectives',
    kind: 'objective',
    title: id,
    body: '',
    fields: {},
    x: 0,
    y: 0,
    width: 200,
    height: 100,
    colour: null,
    createdAt,
    updatedAt: createdAt,
  }) as Card;
const round = (id: string, anonymous = false, createdAt = 1): VoteRound => ({
  id,
  workshopId: 'w',
  step: 'objectives',
  votesPerParticipant: 2,
  anonymous,
  status: 'open',
  createdAt,
});
const vote = (roundId: string, cardId: string, participantId: string | null): Vote => ({
  id: `${roundId}${cardId}${Math.random()}`,
  roundId,
  cardId,
  participantId,
  createdAt: 1,
});
const person = (id: string): Participant => ({ id, workshopId: 'w', name: id, department: '', role: '', stance: 'neutral', createdAt: 1 });

function data(votes: Vote[], rounds: VoteRound[]): WorkshopData {
  return {
    cards: [card('a', 1), card('b', 2), card('c', 3)],
    participants: [person('p'), person('q')],
    votes,
    voteRounds: rounds,
  } as unknown as WorkshopData;
}

describe('vote results', () => {
  it('ranks cards by votes, ties sharing a rank, unvoted last', () => {
    const r = round('r');
    const d = data([vote('r', 'b', 'p'), vote('r', 'b', 'q'), vote('r', 'c', 'p'), vote('r', 'a', 'q')], [r]);
    expect(ranking(d, r).map((e) => [e.card.id, e.votes, e.rank])).toEqual([
      ['b', 2, 1],
      ['a', 1, 2],
      ['c', 1, 2],
    ]);
  });

  it('finds the newest round of a step', () => {
    const d = data([], [round('old', false, 1), round('new', false, 5)]);
    expect(latestRound(d, 'objectives')?.id).toBe('new');
    expect(latestRound(d, 'swot')).toBeNull();
  });

  it('counts votes left per person in a named round and for the room in an anonymous one', () => {
    const named = round('r');
    const d = data([vote('r', 'a', 'p')], [named]);
    expect(votesLeft(d, named, person('p'))).toBe(1);
    expect(votesLeft(d, named, person('q'))).toBe(2);
    const anon = round('s', true);
    const d2 = data([vote('s', 'a', null), vote('s', 'b', null), vote('s', 'c', null)], [anon]);
    expect(votesLeft(d2, anon, null)).toBe(1);
  });
});
