// Agenda and timer calls: timeboxes, skips and order are undoable edits; time spent is not.
import { completeOrder } from '../../../shared/catalogue';
import type { AgendaEntry } from '../../../shared/model';
import { agendaToRow, readAgenda } from '../store/facilitation-rows';
import type { Store } from '../store/store';
import type { Handlers } from './types';

function saveAgenda(
  store: Store,
  workshopId: string,
  label: string,
  coalesce: string | null,
  change: (agenda: AgendaEntry[]) => AgendaEntry[],
) {
  return store.mutate(workshopId, label, coalesce, (edit) => {
    const next = change(readAgenda(store.rows, workshopId, store.now()));
    for (const entry of next) edit.put('agenda', agendaToRow(workshopId, entry));
    return readAgenda(store.rows, workshopId, store.now());
  });
}

/** Stops whatever timer runs in the workshop, adding its stretch to the time spent. */
function pauseAll(store: Store, workshopId: string, now: number): void {
  store.rows.run(
    `UPDATE step_time SET spent_ms = spent_ms + max(0, @now - running_since), running_since = NULL
     WHERE workshop_id = @id AND running_since IS NOT NULL`,
    { id: workshopId, now },
  );
}

export const agendaHandlers: Pick<Handlers, 'agenda.update' | 'agenda.reorder' | 'timer.start' | 'timer.pause'> = {
  'agenda.update': ({ workshopId, step, patch }, { store }) =>
    saveAgenda(store, workshopId, 'agenda.update', `agenda:${step}:${Object.keys(patch).sort().join(',')}`, (agenda) =>
      agenda.map((e) => (e.step === step ? { ...e, ...patch } : e)),
    ),
  'agenda.reorder': ({ workshopId, order }, { store }) =>
    saveAgenda(store, workshopId, 'agenda.reorder', null, (agenda) => {
      // An order that leaves a step out keeps that step next to its catalogue predecessor, never at position -1.
      const full = completeOrder(order);
      return agenda.map((e) => ({ ...e, position: full.indexOf(e.step) }));
    }),
  'timer.start': ({ workshopId, step }, { store }) =>
    store.transaction(() => {
      store.workshop(workshopId);
      const now = store.now();
      pauseAll(store, workshopId, now);
      store.rows.run(
        `INSERT INTO step_time (workshop_id, step, spent_ms, running_since) VALUES (@id, @step, 0, @now)
         ON CONFLICT (workshop_id, step) DO UPDATE SET running_since = @now`,
        { id: workshopId, step, now },
      );
      return readAgenda(store.rows, workshopId, now);
    }),
  'timer.pause': ({ workshopId }, { store }) =>
    store.transaction(() => {
      store.workshop(workshopId);
      const now = store.now();
      pauseAll(store, workshopId, now);
      return readAgenda(store.rows, workshopId, now);
    }),
};
