// The generic apply: rows a call wrote land in the right list, by table, in place, appended or removed.
import { describe, expect, it } from 'vitest';
import { card, data, gone, put, workshop } from '../fixtures';
import { applyRows } from './rows';

const link = (id: string, fromCard: string, toCard: string) => ({
  id,
  workshopId: 'w1',
  kind: 'relates' as const,
  fromCard,
  toCard,
  createdAt: 1,
});
const vote = (id: string, cardId: string) => ({ id, roundId: 'r1', cardId, participantId: null, createdAt: 1 });
const round = (id: string, status: 'open' | 'closed') => ({
  id,
  workshopId: 'w1',
  step: 'objectives' as const,
  votesPerParticipant: 3,
  anonymous: false,
  status,
  createdAt: 1,
});

describe('applyRows', () => {
  it('replaces a changed card where it stands and appends a new one', () => {
    const before = data({ cards: [card('a'), card('b')] });
    const after = applyRows(before, [put('cards', card('a', { title: 'Renamed' })), put('cards', card('c'))]);
    expect(after?.cards.map((c) => [c.id, c.title])).toEqual([
      ['a', 'Renamed'],
      ['b', 'b'],
      ['c', 'c'],
    ]);
    expect(before.cards[0]?.title).toBe('a');
  });

  it('removes a card with the links and votes listed, and keeps the others', () => {
    const before = data({
      cards: [card('a'), card('b')],
      links: [link('l1', 'a', 'b'), link('l2', 'b', 'b')],
      votes: [vote('v1', 'a'), vote('v2', 'b')],
    });
    const after = applyRows(before, [gone('cards', 'a'), gone('links', 'l1'), gone('votes', 'v1')]);
    expect(after?.cards.map((c) => c.id)).toEqual(['b']);
    expect(after?.links.map((l) => l.id)).toEqual(['l2']);
    expect(after?.votes.map((v) => v.id)).toEqual(['v2']);
  });

  it('applies a new round and the one it closed, by table name', () => {
    const after = applyRows(data({ voteRounds: [round('r1', 'open')] }), [
      put('vote_rounds', round('r1', 'closed')),
      put('vote_rounds', round('r2', 'open')),
    ]);
    expect(after?.voteRounds.map((r) => [r.id, r.status])).toEqual([
      ['r1', 'closed'],
      ['r2', 'open'],
    ]);
  });

  it('keys answers by question and accepted findings by rule and cards', () => {
    const answer = { workshopId: 'w1', step: 'context' as const, question: 'q1', value: 'new', updatedAt: 2 };
    const before = data({
      answers: [{ ...answer, value: 'old', updatedAt: 1 }],
      accepted: [{ ruleId: 'r', cardKey: 'a,b', reason: 'ok', acceptedAt: 1 }],
    });
    const after = applyRows(before, [
      put('answers', answer, { workshop_id: 'w1', question: 'q1' }),
      { table: 'accepted_findings', key: { workshop_id: 'w1', rule_id: 'r', card_key: 'a,b' }, removed: true },
    ]);
    expect(after?.answers).toEqual([answer]);
    expect(after?.accepted).toEqual([]);
  });

  it('replaces the workshop itself, and ignores a removal of what is not held', () => {
    const after = applyRows(data(), [put('workshops', workshop('w1', { title: 'New' })), gone('parking', 'nothing')]);
    expect(after?.workshop.title).toBe('New');
    expect(after?.parking).toEqual([]);
  });

  it('answers null for a row it cannot apply alone: the agenda, or a written row without its value', () => {
    expect(applyRows(data(), [{ table: 'agenda', key: { workshop_id: 'w1', step: 'context' }, removed: false }])).toBeNull();
    expect(applyRows(data(), [{ table: 'cards', key: { id: 'a' }, removed: false }])).toBeNull();
  });
});
