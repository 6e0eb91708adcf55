// How far a step and a whole workshop are decided, as a number from 0 to 1 (pure functions).
import type { AnswerValue } from '../model';
import { isAnswered } from './questions';
import { STEPS } from './steps';
import type { StepDef } from './types';

/** The least an answer or a card must carry to count; full Answer and Card objects fit. */
export interface AnswerLike {
  question: string;
  value: AnswerValue;
}
export interface CardLike {
  step: string;
  kind: string;
}

/** Kinds that any canvas may hold; they never show that a step's work was done. */
const GENERIC_KINDS: readonly string[] = ['sticky', 'group'];

/** The kinds whose presence on a step's canvas shows the group worked on it. */
export const mainKinds = (step: StepDef): string[] => step.cardKinds.filter((k) => !GENERIC_KINDS.includes(k));

/**
 * The rule: a step has one point per required question, plus one point for its canvas. A required
 * question scores when it has an answer that fits its type and is not blank (see `isAnswered`);
 * the canvas scores when at least one card of a main kind (the step's kinds, stickies and groups
 * aside) sits on this step. Completion is points scored over points possible.
 */
export function stepCompletion(step: StepDef, answers: readonly AnswerLike[], cards: readonly CardLike[]): number {
  const required = step.questions.filter((q) => q.required);
  const main = mainKinds(step);
  const possible = required.length + (main.length > 0 ? 1 : 0);
  if (possible === 0) return 0;
  const answered = required.filter((q) => answers.some((a) => a.question === q.id && isAnswered(q, a.value))).length;
  const canvas = main.length > 0 && cards.some((c) => c.step === step.id && main.includes(c.kind)) ? 1 : 0;
  return (answered + canvas) / possible;
}

/** The mean of the 14 steps' completion. */
export function workshopProgress(answers: readonly AnswerLike[], cards: readonly CardLike[]): number {
  const total = STEPS.reduce((sum, step) => sum + stepCompletion(step, answers, cards), 0);
  return total / STEPS.length;
}
