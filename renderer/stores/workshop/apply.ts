// Pure updates of a loaded workshop from what each mutation answered.
import type { AnswerValue, Card, StepId, Workshop, WorkshopData } from '../../../shared/model';

export const withWorkshop = (data: WorkshopData, workshop: Workshop): WorkshopData => ({ ...data, workshop });

export function withCard(data: WorkshopData, card: Card): WorkshopData {
  const exists = data.cards.some((c) => c.id === card.id);
  return { ...data, cards: exists ? data.cards.map((c) => (c.id === card.id ? card : c)) : [...data.cards, card] };
}

export function withAnswer(data: WorkshopData, step: StepId, question: string, value: AnswerValue, now: number): WorkshopData {
  const answer = { workshopId: data.workshop.id, step, question, value, updatedAt: now };
  const exists = data.answers.some((a) => a.question === question);
  return {
    ...data,
    answers: exists ? data.answers.map((a) => (a.question === question ? answer : a)) : [...data.answers, answer],
  };
}

export const answerOf = (data: WorkshopData | null, question: string): AnswerValue | undefined =>
  data?.answers.find((a) => a.question === question)?.value;
