// Picks the transport at start: the Electron bridge when the preload exposed it, HTTP otherwise.
import { BRIDGE_KEY, EVENTS_KEY, type SocleBridge, type SocleEventsBridge } from '../../shared/api';
import { createClient, type Client } from './client';
import { createBridgeFeed, createSseFeed, newClientId, silentFeed, type EventSourceFactory } from './events';
import { createHttpTransport, type FetchLike } from './http';
import { createIpcTransport } from './ipc';
import { takeToken } from './token';

export interface StartEnv {
  bridge: SocleBridge | undefined;
  /** The preload's events (Electron); undefined in the browser. */
  events?: SocleEventsBridge;
  fetch: FetchLike;
  /** Opens a Server-Sent Events stream (browser mode); undefined where there is none. */
  eventSource?: EventSourceFactory;
  href: string;
  storage: Pick<Storage, 'getItem' | 'setItem'>;
  replaceUrl: (url: string) => void;
}

export function chooseClient(env: StartEnv): { client: Client; mode: 'ipc' | 'http' } {
  if (env.bridge) {
    const feed = env.events ? createBridgeFeed(env.events) : silentFeed();
    return { client: createClient(createIpcTransport(env.bridge), feed), mode: 'ipc' };
  }
  const token = takeToken(env);
  const clientId = newClientId();
  const feed = env.eventSource ? createSseFeed({ open: env.eventSource, token, clientId }) : silentFeed(clientId);
  return { client: createClient(createHttpTransport({ fetch: env.fetch, token, clientId }), feed), mode: 'http' };
}

/** Storage can be refused (privacy settings): the token then lives only as long as the page. */
function sessionStore(): StartEnv['storage'] {
  try {
    return window.sessionStorage;
  } catch {
    return { getItem: () => null, setItem: () => {} };
  }
}

/** The real environment of the page. */
export function browserEnv(): StartEnv {
  const bridge = (window as unknown as Record<string, SocleBridge | undefined>)[BRIDGE_KEY];
  const events = (window as unknown as Record<string, SocleEventsBridge | undefined>)[EVENTS_KEY];
  return {
    bridge,
    events,
    fetch: (url, init) => window.fetch(url, init),
    eventSource: typeof window.EventSource === 'function' ? (url) => new window.EventSource(url) : undefined,
    href: window.location.href,
    storage: sessionStore(),
    replaceUrl: (url) => window.history.replaceState(window.history.state, '', url),
  };
}
