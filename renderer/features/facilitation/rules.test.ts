// Tests for the small rules of the tools: reserved answer ids, session length, objection states, people and stakeholders.
import { describe, expect, it } from 'vitest';
import { card, data } from '../../stores/fixtures';
import { libraryEvidence, libraryObjections, objectionViews, openObjections } from './convince/case';
import { notesOf, notesQuestion, notesStep, parseSessionMinutes, SESSION_QUESTION, sessionMinutesOf } from './ids';
import { sameName, stakeholdersOf, votesBy } from './people';

const answer = (question: string, value: unknown) => ({
  workshopId: 'w1',
  step: 'context' as const,
  question,
  value: value as never,
  updatedAt: 1,
});

describe('reserved answers', () => {
  it('reads notes and the session length, and never meets a catalogue question id', () => {
    const d = data({ answers: [answer(notesQuestion('swot'), 'Relancer'), answer(SESSION_QUESTION, 180)] });
    expect(notesOf(d, 'swot')).toBe('Relancer');
    expect(notesOf(d, 'risks')).toBe('');
    expect(sessionMinutesOf(d)).toBe(180);
    expect(sessionMinutesOf(data())).toBeNull();
    expect(notesStep(notesQuestion('swot'))).toBe('swot');
    expect(notesStep('swot.strengths')).toBeNull();
    expect(/^[a-z][a-zA-Z0-9_.]*$/.test(notesQuestion('customer_service' as never))).toBe(true);
  });

  it('takes a session length in whole minutes, within bounds', () => {
    expect(parseSessionMinutes('180')).toBe(180);
    expect(parseSessionMinutes(' 90,4 ')).toBe(90);
    expect(parseSessionMinutes('')).toBeNull();
    expect(parseSessionMinutes('5')).toBeNull();
    expect(parseSessionMinutes('abc')).toBeNull();
  });
});

describe('objections', () => {
  const objection = (id: string, status?: string) => card(id, { step: 'convince', kind: 'objection', fields: status ? { status } : {} });
  const link = (from: string, to: string) => ({
    id: `${from}-${to}`,
    workshopId: 'w1',
    kind: 'answers' as const,
    fromCard: from,
    toCard: to,
    createdAt: 1,
  });

  it('is open until an answer is linked, and answered once marked', () => {
    const d = data({
      cards: [objection('o1'), objection('o2'), objection('o3', 'answered'), card('r1', { step: 'convince', kind: 'rebuttal' })],
      links: [link('r1', 'o2')],
    });
    const views = objectionViews(d);
    expect(views.map((v) => [v.card.id, v.state])).toEqual([
      ['o1', 'open'],
      ['o2', 'linked'],
      ['o3', 'answered'],
    ]);
    expect(views[1]?.answers.map((a) => a.id)).toEqual(['r1']);
    expect(openObjections(d)).toBe(1);
  });

  it('puts the objection the group expects first, and the evidence that answers it', () => {
    expect(libraryObjections('no_budget')[0]?.id).toBe('no_budget');
    expect(libraryEvidence('no_budget')[0]?.answers).toContain('no_budget');
  });
});

describe('people', () => {
  it('matches names loosely and finds the stakeholder cards that name a participant', () => {
    expect(sameName('Hélène  Lorand', 'helene lorand')).toBe(true);
    expect(sameName('', '')).toBe(false);
    const p = { id: 'a', workshopId: 'w1', name: 'Hélène Lorand', department: '', role: '', stance: 'champion' as const, createdAt: 1 };
    const d = data({
      participants: [p],
      cards: [
        card('s1', { kind: 'stakeholder', step: 'stakeholders', fields: { person: 'HELENE LORAND' } }),
        card('s2', { kind: 'stakeholder' }),
      ],
      votes: [{ id: 'v', roundId: 'r', cardId: 'x', participantId: 'a', createdAt: 1 }],
    });
    expect(stakeholdersOf(d, p).map((c) => c.id)).toEqual(['s1']);
    expect(votesBy(d, 'a')).toBe(1);
  });
});
