// Link actions on the open workshop: create (the host may refuse with a reason) and delete.
// The store applies the rows each answer lists.
import type { LinkKind } from '../../../../shared/model';
import type { Client } from '../../../client';
import type { WorkshopStore } from '../../../stores/workshop';

export function linkActions(client: Client, store: WorkshopStore) {
  const run = store.getState().run;
  return {
    create: (kind: LinkKind, fromCard: string, toCard: string) =>
      run((workshopId) => client.call('link.create', { workshopId, kind, fromCard, toCard })),
    remove: (linkId: string) => run((workshopId) => client.call('link.delete', { workshopId, linkId })),
  };
}

export type LinkActions = ReturnType<typeof linkActions>;
