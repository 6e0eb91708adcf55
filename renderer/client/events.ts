// The renderer's side of the host's events: one typed subscribe, fed by the preload (Electron) or by
// Server-Sent Events (browser mode). Payloads are checked against the contract before any handler runs.
import {
  CLIENT_QUERY,
  EVENTS_PATH,
  EVENT_NAMES,
  TOKEN_QUERY,
  newClientId,
  parseEvent,
  type EventName,
  type EventPayload,
  type SocleEventsBridge,
  type Subscribe,
} from '../../shared/api';

export interface EventFeed {
  subscribe: Subscribe;
  /** The id this window or tab sends with its calls; its own `workshop.changed` echoes carry it as `by`. */
  clientId: string;
}

/** The part of the browser's EventSource this module uses, so tests can pass a fake. */
export interface EventSourceLike {
  addEventListener(type: string, listener: (event: { data: string }) => void): void;
  close(): void;
}
export type EventSourceFactory = (url: string) => EventSourceLike;

const NAMES = new Set<string>(EVENT_NAMES);
type AnyHandler = (payload: unknown) => void;

export { newClientId };

function registry() {
  const handlers = new Map<EventName, Set<AnyHandler>>();
  return {
    add(name: EventName, handler: AnyHandler): () => void {
      let set = handlers.get(name);
      if (!set) handlers.set(name, (set = new Set()));
      set.add(handler);
      return () => set.delete(handler);
    },
    deliver(name: EventName, raw: unknown): void {
      const payload = parseEvent(name, raw);
      if (payload === null) return; // Not what the contract says: dropped rather than trusted.
      for (const handler of [...(handlers.get(name) ?? [])]) handler(payload);
    },
  };
}

function checked(name: string): asserts name is EventName {
  if (!NAMES.has(name)) throw new Error(`There is no event named "${name}".`);
}

/** Browser mode: one EventSource for the page, opened at the first subscribe, with the launch secret. */
export function createSseFeed(options: { open: EventSourceFactory; token: string | null; clientId: string; base?: string }): EventFeed {
  const { open, token, clientId, base = '' } = options;
  const handlers = registry();
  let source: EventSourceLike | null = null;
  const listening = new Set<EventName>();
  const subscribe = (<N extends EventName>(name: N, handler: (payload: EventPayload<N>) => void) => {
    checked(name);
    if (!source) {
      const query = new URLSearchParams({ [CLIENT_QUERY]: clientId });
      if (token) query.set(TOKEN_QUERY, token);
      source = open(`${base}${EVENTS_PATH}?${query.toString()}`);
    }
    if (!listening.has(name)) {
      listening.add(name);
      source.addEventListener(name, (event) => {
        let raw: unknown;
        try {
          raw = JSON.parse(event.data);
        } catch {
          return;
        }
        handlers.deliver(name, raw);
      });
    }
    return handlers.add(name, handler as AnyHandler);
  }) as Subscribe;
  return { subscribe, clientId };
}

/** Electron: the preload's subscribe, with each payload checked again on this side. */
export function createBridgeFeed(bridge: SocleEventsBridge): EventFeed {
  const subscribe = (<N extends EventName>(name: N, handler: (payload: EventPayload<N>) => void) => {
    checked(name);
    return bridge.subscribe(name, (raw) => {
      const payload = parseEvent(name, raw);
      if (payload !== null) handler(payload);
    });
  }) as Subscribe;
  return { subscribe, clientId: bridge.clientId };
}

/** No events at all (tests, or a page without a way to hear the host). */
export const silentFeed = (clientId = 'silent'): EventFeed => ({ subscribe: () => () => {}, clientId });
