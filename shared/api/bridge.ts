// What the preload exposes to the renderer as `window.socle`: one method per contract call.
import type { CallInput, CallOutput } from './contract';
import type { EventPayload } from './events';
import type { CallName, EventName } from './names';
import type { Result } from './result';

export type SocleBridge = {
  [N in CallName]: (input: CallInput<N>) => Promise<Result<CallOutput<N>>>;
};

/** Listens to one event; answers the function that stops listening. */
export type Subscribe = <N extends EventName>(name: N, handler: (payload: EventPayload<N>) => void) => () => void;

/** What the preload exposes as `window.socleEvents`: one typed subscribe, and the id this window calls with. */
export interface SocleEventsBridge {
  subscribe: Subscribe;
  clientId: string;
}

/** The name under which the preload exposes the bridge on `window`. */
export const BRIDGE_KEY = 'socle';
/** The name under which the preload exposes the events bridge on `window`. */
export const EVENTS_KEY = 'socleEvents';
/** The IPC channel main sends events on: (name, payload). */
export const EVENT_CHANNEL = 'socle:event';

/** HTTP transport of the browser mode: POST `${API_PREFIX}${callName}` with the per-launch secret. */
export const API_PREFIX = '/api/';
/** Server-Sent Events of the browser mode: GET with the secret and the tab's client id. */
export const EVENTS_PATH = '/events';
export const TOKEN_HEADER = 'x-socle-token';
export const TOKEN_QUERY = 'token';
/** The id of the tab or window that made a call, so its own `workshop.changed` echo can be told apart. */
export const CLIENT_HEADER = 'x-socle-client';
export const CLIENT_QUERY = 'client';
/** A client id: short, plain characters (it crosses HTTP headers and IPC). */
export const CLIENT_ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;

/** A fresh client id: random, plain characters, as CLIENT_ID_PATTERN allows. */
export function newClientId(random: () => number = Math.random): string {
  let id = 'c';
  for (let i = 0; i < 16; i++) id += Math.floor(random() * 36).toString(36);
  return id;
}
