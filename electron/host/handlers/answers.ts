// Answer calls: the value given to one guided question; typing in one field is one undo step.
import { answerFromRow, answerToRow } from '../store/mappers';
import { refuseStale } from '../store/stale';
import type { Handlers } from './types';

const ANSWER = { en: 'This answer was changed', fr: 'Cette réponse a été modifiée' };

export const answerHandlers: Pick<Handlers, 'answer.set'> = {
  'answer.set': ({ workshopId, step, question, value, expected, coalesce }, { store }) =>
    store.mutate(workshopId, 'answer.set', coalesce ? `answer:${question}:${coalesce}` : null, (edit) => {
      if (expected !== undefined) {
        const row = store.rows.get('answers', { workshop_id: workshopId, question });
        const stored = row ? answerFromRow(row).value : null;
        refuseStale(ANSWER, { value: stored }, { value: expected });
      }
      edit.put('answers', answerToRow({ workshopId, step, question, value, updatedAt: store.now() }));
      return { question, value };
    }),
};
