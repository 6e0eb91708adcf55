// Answers the facilitation tools keep under reserved question ids: facilitator notes per step and the session length.
import type { StepId, WorkshopData } from '../../../shared/model';

/**
 * Catalogue question ids all start with a step id (`objectives.horizonMonths`); `facilitation` is not a step,
 * so these ids never meet a catalogue question, and the checks and the document never read them.
 */
export const NOTES_PREFIX = 'facilitation.notes.';
export const SESSION_QUESTION = 'facilitation.sessionMinutes';
/** The step the session length is filed under (answer.set needs one). */
export const SESSION_STEP: StepId = 'context';
export const SESSION_MIN = 15;
export const SESSION_MAX = 1440;

export const notesQuestion = (step: StepId): string => `${NOTES_PREFIX}${step}`;

export function notesOf(data: WorkshopData | null, step: StepId): string {
  const value = data?.answers.find((a) => a.question === notesQuestion(step))?.value;
  return typeof value === 'string' ? value : '';
}

/** The session length in minutes the facilitator set, or null when none is set. */
export function sessionMinutesOf(data: WorkshopData | null): number | null {
  const value = data?.answers.find((a) => a.question === SESSION_QUESTION)?.value;
  return typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : null;
}

/** The step whose notes a reserved question id holds, or null for any other id. */
export function notesStep(question: string): string | null {
  return question.startsWith(NOTES_PREFIX) ? question.slice(NOTES_PREFIX.length) : null;
}

/** A session length typed by the facilitator: whole minutes in range, or null when it cannot be one. */
export function parseSessionMinutes(text: string): number | null {
  const n = Number(text.trim().replace(',', '.'));
  if (text.trim() === '' || !Number.isFinite(n)) return null;
  const rounded = Math.round(n);
  return rounded >= SESSION_MIN && rounded <= SESSION_MAX ? rounded : null;
}
