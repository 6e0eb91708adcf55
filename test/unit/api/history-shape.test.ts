// Every mutation of the contract answers with the same undo state, written once in shared/api/call.ts.
import { describe, expect, it } from 'vitest';
import { contract } from '../../../shared/api';

const answer = { history: { canUndo: true, canRedo: false, undoSeq: 7 } };

describe('withHistory', () => {
  it('keeps the undo sequence for the core, facilitation and room mutations alike', () => {
    for (const name of ['card.delete', 'agenda.update', 'parking.add', 'inbox.merge'] as const) {
      const history = contract[name].output.shape.history;
      expect(history.parse(answer.history), name).toEqual(answer.history);
    }
  });
});
