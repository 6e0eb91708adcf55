// The guided questions whose answers count as a decision for a check, besides the cards (ids owned by the question catalogue).
import type { CheckInput } from './types';

/**
 * For each decision, the question ids that settle it when answered. An answer counts when it is a
 * non-blank text, a number, `true`, or a non-empty list; `false`, null and the choice 'none' do not.
 */
export const ANSWER_EVIDENCE = {
  tone: ['content.toneWords'],
  responseTime: ['content.responseTimeHours'],
  review: ['calendar.firstReview'],
  contingency: ['calendar.contingency'],
  owner: ['governance.owner'],
  validationHours: ['governance.maxValidationHours'],
  negativeFeedback: ['governance.negativeFeedback'],
  crisis: ['governance.crisisEscalation'],
  charter: ['governance.transparencyCharter'],
  training: ['governance.training'],
  outsideOpinion: ['governance.outsideOpinion'],
} as const satisfies Record<string, readonly string[]>;

export type AnswerEvidence = keyof typeof ANSWER_EVIDENCE;

function meaningful(value: unknown): boolean {
  if (typeof value === 'string') return value.trim() !== '' && value !== 'none';
  if (typeof value === 'number') return Number.isFinite(value);
  if (typeof value === 'boolean') return value;
  if (Array.isArray(value)) return value.some((v) => typeof v === 'string' && v.trim() !== '');
  return false;
}

/** True when one of the decision's questions has a meaningful answer. */
export function answered(input: CheckInput, decision: AnswerEvidence): boolean {
  const wanted: readonly string[] = ANSWER_EVIDENCE[decision];
  return input.answers.some((a) => wanted.includes(a.question) && meaningful(a.value));
}

/** The numeric answer to a decision's question, when there is one. */
export function answeredNumber(input: CheckInput, decision: AnswerEvidence): number | undefined {
  const wanted: readonly string[] = ANSWER_EVIDENCE[decision];
  const a = input.answers.find((x) => wanted.includes(x.question) && typeof x.value === 'number');
  return typeof a?.value === 'number' ? a.value : undefined;
}
