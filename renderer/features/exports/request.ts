// Asks the open workshop's Export button to open its dialog (the application menu's Export… item).
const EVENT = 'socle:export-open';

export function requestExport(): void {
  window.dispatchEvent(new Event(EVENT));
}

/** Calls `open` whenever an export is asked for; answers the function that stops. */
export function onExportRequest(open: () => void): () => void {
  window.addEventListener(EVENT, open);
  return () => window.removeEventListener(EVENT, open);
}
