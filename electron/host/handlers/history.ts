// Undo and redo: answer with the whole workshop, so the screen shows exactly what is stored.
import { readWorkshop } from './workshops';
import type { Handlers } from './types';

export const historyHandlers: Pick<Handlers, 'history.undo' | 'history.redo'> = {
  'history.undo': ({ workshopId, expected }, { store }) =>
    store.transaction(() => {
      store.workshop(workshopId);
      if (store.journal.undo(workshopId, expected)) store.touch(workshopId);
      return readWorkshop(store, workshopId);
    }),
  'history.redo': ({ workshopId }, { store }) =>
    store.transaction(() => {
      store.workshop(workshopId);
      if (store.journal.redo(workshopId)) store.touch(workshopId);
      return readWorkshop(store, workshopId);
    }),
};
