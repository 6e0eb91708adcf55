// Builds the events half of what the preload exposes: one typed subscribe over the event channel,
// for the contract's event names only, and the id this window sends with its calls.
import { EVENT_CHANNEL, type SocleEventsBridge, type Subscribe } from '../../shared/api/bridge';
import { EVENT_NAMES } from '../../shared/api/names';

/** ipcRenderer.on for one channel, passed in so this module runs under test; answers the remover. */
export type OnChannel = (channel: string, listener: (name: unknown, payload: unknown) => void) => () => void;

const NAMES = new Set<string>(EVENT_NAMES);

export function buildEventsBridge(on: OnChannel, clientId: string): SocleEventsBridge {
  const subscribe = ((name: string, handler: (payload: unknown) => void) => {
    // Nothing generic: a page can only listen to the events that exist, on the one channel main sends them.
    if (!NAMES.has(name)) throw new Error(`There is no event named "${String(name).slice(0, 80)}".`);
    return on(EVENT_CHANNEL, (sent, payload) => {
      if (sent === name) handler(payload);
    });
  }) as Subscribe;
  return Object.freeze({ subscribe, clientId });
}
