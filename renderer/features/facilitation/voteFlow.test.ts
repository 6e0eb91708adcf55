// Tests for the keyboard vote: stable card numbers, typed digits, voter cycling, and what Enter casts.
import { describe, expect, it } from 'vitest';
import { card } from '../../stores/fixtures';
import { castFor, cycleVoter, firstVoter, numberCards, typeDigit, voterAfterCast, withPending, type Voter } from './voteFlow';

const cards = numberCards([card('b', { createdAt: 2 }), card('a', { createdAt: 1 }), card('c', { createdAt: 2 })]);
const voters: Voter[] = [
  { id: 'ann', name: 'Ann', left: 0 },
  { id: 'bob', name: 'Bob', left: 2 },
  { id: 'cyd', name: 'Cyd', left: 1 },
];

describe('keyboard vote', () => {
  it('numbers the cards in the order they were made', () => {
    expect(cards.map((c) => [c.number, c.card.id])).toEqual([
      [1, 'a'],
      [2, 'b'],
      [3, 'c'],
    ]);
  });

  it('takes up to three digits and no leading zero', () => {
    expect(typeDigit('', '0')).toBe('');
    expect(typeDigit('', '1')).toBe('1');
    expect(typeDigit('10', '2')).toBe('102');
    expect(typeDigit('102', '3')).toBe('102');
  });

  it('cycles voters both ways and starts with one who has votes left', () => {
    expect(cycleVoter(voters, 'cyd', 1)).toBe('ann');
    expect(cycleVoter(voters, 'ann', -1)).toBe('cyd');
    expect(cycleVoter(voters, null, 1)).toBe('ann');
    expect(cycleVoter([], null, 1)).toBeNull();
    expect(firstVoter(voters)).toBe('bob');
    expect(firstVoter([])).toBeNull();
  });

  it('keeps the voter while they have votes, then moves to the next who has some', () => {
    expect(voterAfterCast(voters, 'bob')).toBe('bob');
    expect(voterAfterCast(voters, 'ann')).toBe('bob');
    expect(voterAfterCast([{ ...voters[2]!, left: 0 }, voters[0]!, voters[1]!], 'cyd')).toBe('bob');
    expect(voterAfterCast([{ id: 'x', name: 'X', left: 0 }], 'x')).toBe('x');
  });

  it('casts the typed card for the voter, or says why not', () => {
    expect(castFor('2', cards, voters, 'bob', false)).toEqual({ kind: 'cast', cardId: 'b', participantId: 'bob' });
    expect(castFor('3', cards, voters, null, true)).toEqual({ kind: 'cast', cardId: 'c', participantId: null });
    expect(castFor('', cards, voters, 'bob', false)).toEqual({ kind: 'error', reason: 'noNumber' });
    expect(castFor('9', cards, voters, 'bob', false)).toEqual({ kind: 'error', reason: 'noCard' });
    expect(castFor('1', cards, voters, null, false)).toEqual({ kind: 'error', reason: 'noVoter' });
    expect(castFor('1', cards, voters, 'ann', false)).toEqual({ kind: 'error', reason: 'noVotesLeft' });
  });

  it('counts votes still on their way as cast', () => {
    const pending = new Map([
      ['bob', 2],
      ['cyd', 5],
    ]);
    expect(withPending(voters, pending).map((v) => v.left)).toEqual([0, 0, 0]);
    expect(withPending(voters, new Map()).map((v) => v.left)).toEqual([0, 2, 1]);
  });
});
