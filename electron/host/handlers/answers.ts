// Answer calls: the value given to one guided question; typing in one field is one undo step.
import { answerToRow } from '../store/mappers';
import type { Handlers } from './types';

export const answerHandlers: Pick<Handlers, 'answer.set'> = {
  'answer.set': ({ workshopId, step, question, value, coalesce }, { store }) =>
    store.mutate(workshopId, 'answer.set', coalesce ? `answer:${question}:${coalesce}` : null, (edit) => {
      edit.put('answers', answerToRow({ workshopId, step, question, value, updatedAt: store.now() }));
      return { question, value };
    }),
};
