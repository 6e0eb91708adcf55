// Every guided question in one list, and the rules that say whether an answer fits its question.
import type { AnswerValue } from '../model';
import { STEPS } from './steps';
import type { Question } from './types';

export const QUESTIONS: Question[] = STEPS.flatMap((s) => s.questions);

const byId = new Map(QUESTIONS.map((q) => [q.id, q]));

export const questionById = (id: string): Question | undefined => byId.get(id);

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function isRealDate(value: string): boolean {
  if (!ISO_DATE.test(value)) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}

const inRange = (q: Question, n: number) => (q.min === undefined || n >= q.min) && (q.max === undefined || n <= q.max);
const isOption = (q: Question, v: unknown) => typeof v === 'string' && (!q.options || q.options.some((o) => o.value === v));
const isStringList = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === 'string');

/** True when the value has the shape the question's input type produces; null (cleared) always fits. */
export function answerFits(q: Question, value: AnswerValue | undefined): boolean {
  if (value === null) return true;
  switch (q.type) {
    case 'text':
    case 'longtext':
      return typeof value === 'string';
    case 'choice':
      return isOption(q, value);
    case 'multi':
      return isStringList(value) && value.every((v) => isOption(q, v));
    case 'list':
      return isStringList(value);
    case 'number':
      return typeof value === 'number' && Number.isFinite(value) && inRange(q, value);
    case 'scale':
      return typeof value === 'number' && Number.isInteger(value) && inRange(q, value);
    case 'date':
      return typeof value === 'string' && isRealDate(value);
    case 'boolean':
      return typeof value === 'boolean';
  }
}

/**
 * True when the value fits and says something: a non-blank text, a number, a boolean (a "no" is a
 * decision too) or a list with at least one non-blank entry.
 */
export function isAnswered(q: Question, value: AnswerValue | undefined): boolean {
  if (value === null || value === undefined || !answerFits(q, value)) return false;
  if (typeof value === 'string') return value.trim() !== '';
  if (Array.isArray(value)) return value.some((v) => v.trim() !== '');
  return true;
}
