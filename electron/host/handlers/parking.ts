// Parking lot calls: off-topic ideas kept per step and reviewed at the end.
import { CallFailure } from '../../../shared/api';
import type { ParkingItem } from '../../../shared/model';
import { parkingFromRow, parkingToRow } from '../store/facilitation-rows';
import type { Store } from '../store/store';
import type { Handlers } from './types';

function readItem(store: Store, workshopId: string, itemId: string): ParkingItem {
  const row = store.rows.get('parking', { id: itemId });
  if (!row || row.workshop_id !== workshopId) throw new CallFailure('not_found', `No parked idea ${itemId} in this workshop.`);
  return parkingFromRow(row);
}

export const parkingHandlers: Pick<Handlers, 'parking.add' | 'parking.update' | 'parking.delete'> = {
  'parking.add': ({ workshopId, step, text }, { store }) =>
    store.mutate(workshopId, 'parking.add', null, (edit) => {
      const item: ParkingItem = { id: store.newId(), workshopId, step, text, done: false, createdAt: store.now() };
      edit.put('parking', parkingToRow(item));
      return item;
    }),
  'parking.update': ({ workshopId, itemId, patch }, { store }) =>
    store.mutate(workshopId, 'parking.update', `parking:${itemId}:${Object.keys(patch).sort().join(',')}`, (edit) => {
      const next = { ...readItem(store, workshopId, itemId), ...patch };
      edit.put('parking', parkingToRow(next));
      return next;
    }),
  'parking.delete': ({ workshopId, itemId }, { store }) =>
    store.mutate(workshopId, 'parking.delete', null, (edit) => {
      readItem(store, workshopId, itemId);
      edit.remove('parking', { id: itemId });
      return { itemId };
    }),
};
