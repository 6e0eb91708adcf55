// Menu commands and opened files reach the window as typed events (app.command, file.opened), not as
// replayed keystrokes or injected script: here they become navigation and workshop actions.
import type { Services } from './services';

export interface CommandTargets {
  /** Moves the page to a route (the hash the app already follows). */
  go(hash: string): void;
  /** Opens the export dialog of the open workshop. */
  exportWorkshop(): void;
  /** Starts presenter mode on the open workshop. */
  present(): void;
}

/** Starts listening; answers the function that stops. */
export function connectCommands(services: Pick<Services, 'client' | 'workshop'>, targets: CommandTargets): () => void {
  const { client, workshop } = services;
  const stops = [
    client.subscribe('file.opened', ({ workshopId }) => targets.go(`#/workshop/${encodeURIComponent(workshopId)}`)),
    client.subscribe('app.command', ({ command, workshopId }) => {
      const open = workshop.getState().workshopId;
      if (command === 'undo' && open) void workshop.getState().undo();
      else if (command === 'redo' && open) void workshop.getState().redo();
      else if (command === 'export' && open) targets.exportWorkshop();
      else if (command === 'presenter' && open) targets.present();
      else if (command === 'new-workshop') targets.go('#/');
      else if (command === 'open-recent' && workshopId) targets.go(`#/workshop/${encodeURIComponent(workshopId)}`);
    }),
  ];
  return () => stops.forEach((stop) => stop());
}
