// Step completion from answers and cards.
import { describe, expect, it } from 'vitest';
import type { Question } from '../../../shared/catalogue';
import { card, data } from '../../stores/fixtures';
import { isAnswered, stepCompletion } from './completion';

const q = (id: string, required = false): Question => ({ id, type: 'text', label: { fr: id, en: id }, required, sources: [] });
const answer = (question: string, value: unknown) => ({
  workshopId: 'w1',
  step: 'objectives' as const,
  question,
  value: value as string,
  updatedAt: 1,
});

describe('isAnswered', () => {
  it('treats blanks, empty lists and null as unanswered', () => {
    expect([null, undefined, '', '  ', [], ['  ']].map((v) => isAnswered(v as never))).toEqual([false, false, false, false, false, false]);
    expect([0, false, 'x', ['a']].map((v) => isAnswered(v as never))).toEqual([true, true, true, true]);
  });
});

describe('stepCompletion', () => {
  const step = { id: 'objectives' as const, cardKinds: ['objective' as const], questions: [q('a', true), q('b', true), q('c')] };

  it('is 0 for an untouched step and 1 when required answers and a card exist', () => {
    expect(stepCompletion(step, data())).toBe(0);
    const full = data({ cards: [card('c1')], answers: [answer('a', 'x'), answer('b', 2)] });
    expect(stepCompletion(step, full)).toBe(1);
  });

  it('counts only required questions when some are required', () => {
    expect(stepCompletion(step, data({ answers: [answer('c', 'x')] }))).toBe(0);
    expect(stepCompletion(step, data({ answers: [answer('a', 'x')] }))).toBeCloseTo(1 / 3);
  });

  it('counts all questions when none is required, and cards only of this step', () => {
    const loose = { ...step, questions: [q('a'), q('b')] };
    expect(stepCompletion(loose, data({ cards: [card('c1', { step: 'swot' })], answers: [answer('a', 'x')] }))).toBeCloseTo(1 / 3);
  });

  it('uses cards alone when the step has no questions', () => {
    const bare = { ...step, questions: [] };
    expect(stepCompletion(bare, data({ cards: [card('c1')] }))).toBe(1);
    expect(stepCompletion({ ...bare, cardKinds: [] }, data())).toBe(0);
  });
});
