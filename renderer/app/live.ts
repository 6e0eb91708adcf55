// Live sync between windows and tabs: a change another client made to the open workshop (or to the
// library) is applied here, so two windows on one workshop show each other's edits without a reload.
import type { Services } from './services';

/** Starts listening; answers the function that stops. */
export function connectLive(services: Pick<Services, 'client' | 'workshop' | 'library'>): () => void {
  const { client, workshop, library } = services;
  return client.subscribe('workshop.changed', (change) => {
    // This window's own edits are already on screen, from the answers to its calls.
    if (change.by === client.clientId) return;
    // Its rows are applied as they are; a whole change (restore, import) reads the workshop again.
    if (workshop.getState().workshopId === change.workshopId) void workshop.getState().applyChange(change);
    if (change.rows.some((row) => row.table === 'workshops') || change.whole) void library.getState().refresh();
  });
}
