// How far a step is: its questions answered and whether it has cards. Stand-in until the catalogue's stepCompletion.
import type { StepDef } from '../../../shared/catalogue';
import type { AnswerValue, WorkshopData } from '../../../shared/model';

export function isAnswered(value: AnswerValue | undefined): boolean {
  if (value === null || value === undefined) return false;
  if (typeof value === 'string') return value.trim() !== '';
  if (Array.isArray(value)) return value.some((v) => v.trim() !== '');
  return true;
}

/** 0 to 1: required questions (all questions when none is required) plus one part for having cards. */
export function stepCompletion(
  step: Pick<StepDef, 'id' | 'questions' | 'cardKinds'>,
  data: Pick<WorkshopData, 'cards' | 'answers'>,
): number {
  const required = step.questions.filter((q) => q.required);
  const counted = required.length > 0 ? required : step.questions;
  const answers = new Map(data.answers.map((a) => [a.question, a.value]));
  let done = counted.filter((q) => isAnswered(answers.get(q.id))).length;
  let total = counted.length;
  if (step.cardKinds.length > 0) {
    total += 1;
    if (data.cards.some((c) => c.step === step.id)) done += 1;
  }
  return total === 0 ? 0 : done / total;
}
