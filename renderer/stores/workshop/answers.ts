// Reading the open workshop's answers.
import type { AnswerValue, WorkshopData } from '../../../shared/model';

export const answerOf = (data: WorkshopData | null, question: string): AnswerValue | undefined =>
  data?.answers.find((a) => a.question === question)?.value;
