// The keyboard vote of presenter mode: cards numbered for the room, a typed number, the current voter (pure).
import type { Card } from '../../../shared/model';

export interface NumberedCard {
  number: number;
  card: Card;
}

export interface Voter {
  id: string;
  name: string;
  left: number;
}

export type CastOutcome =
  | { kind: 'cast'; cardId: string; participantId: string | null }
  | { kind: 'error'; reason: 'noNumber' | 'noCard' | 'noVoter' | 'noVotesLeft' };

/** The step's cards numbered 1, 2, 3... in the order they were made, so a number never moves while votes come in. */
export function numberCards(cards: readonly Card[]): NumberedCard[] {
  return [...cards].sort((a, b) => a.createdAt - b.createdAt || a.id.localeCompare(b.id)).map((card, i) => ({ number: i + 1, card }));
}

export const MAX_DIGITS = 3;

/** The typed card number after one more digit: at most three digits, no leading zero. */
export function typeDigit(digits: string, digit: string): string {
  if (digits === '' && digit === '0') return digits;
  return digits.length >= MAX_DIGITS ? digits : digits + digit;
}

/** The next (+1) or previous (-1) voter, wrapping around; the first one when none is chosen. */
export function cycleVoter(voters: readonly Voter[], current: string | null, direction: 1 | -1): string | null {
  if (voters.length === 0) return null;
  const index = voters.findIndex((v) => v.id === current);
  if (index < 0) return voters[0]?.id ?? null;
  return voters[(index + direction + voters.length) % voters.length]?.id ?? null;
}

/** The voter to start with: the first with votes left, else the first. */
export const firstVoter = (voters: readonly Voter[]): string | null => (voters.find((v) => v.left > 0) ?? voters[0])?.id ?? null;

/** After a vote: the same voter while they have votes left, then the next one who still has some. */
export function voterAfterCast(voters: readonly Voter[], current: string | null): string | null {
  const index = voters.findIndex((v) => v.id === current);
  if (index >= 0 && (voters[index]?.left ?? 0) > 0) return current;
  for (let step = 1; step <= voters.length; step++) {
    const next = voters[(Math.max(index, 0) + step) % voters.length];
    if (next && next.left > 0) return next.id;
  }
  return current;
}

/** What Enter does with the typed number: a vote to cast, or why not. */
export function castFor(
  digits: string,
  cards: readonly NumberedCard[],
  voters: readonly Voter[],
  voterId: string | null,
  anonymous: boolean,
): CastOutcome {
  if (digits === '') return { kind: 'error', reason: 'noNumber' };
  const target = cards.find((c) => c.number === Number(digits));
  if (!target) return { kind: 'error', reason: 'noCard' };
  if (anonymous) return { kind: 'cast', cardId: target.card.id, participantId: null };
  const voter = voters.find((v) => v.id === voterId);
  if (!voter) return { kind: 'error', reason: 'noVoter' };
  if (voter.left <= 0) return { kind: 'error', reason: 'noVotesLeft' };
  return { kind: 'cast', cardId: target.card.id, participantId: voter.id };
}

/** Votes still on their way to the host count as cast, so fast typing cannot overspend a voter's budget. */
export const withPending = (voters: readonly Voter[], pending: ReadonlyMap<string, number>): Voter[] =>
  voters.map((v) => ({ ...v, left: Math.max(0, v.left - (pending.get(v.id) ?? 0)) }));
