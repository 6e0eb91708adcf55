// Picks the transport at start: the Electron bridge when the preload exposed it, HTTP otherwise.
import { BRIDGE_KEY, type SocleBridge } from '../../shared/api';
import { createClient, type Client } from './client';
import { createHttpTransport, type FetchLike } from './http';
import { createIpcTransport } from './ipc';
import { takeToken } from './token';

export interface StartEnv {
  bridge: SocleBridge | undefined;
  fetch: FetchLike;
  href: string;
  storage: Pick<Storage, 'getItem' | 'setItem'>;
  replaceUrl: (url: string) => void;
}

export function chooseClient(env: StartEnv): { client: Client; mode: 'ipc' | 'http' } {
  if (env.bridge) return { client: createClient(createIpcTransport(env.bridge)), mode: 'ipc' };
  const token = takeToken(env);
  return { client: createClient(createHttpTransport({ fetch: env.fetch, token })), mode: 'http' };
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
  return {
    bridge,
    fetch: (url, init) => window.fetch(url, init),
    href: window.location.href,
    storage: sessionStore(),
    replaceUrl: (url) => window.history.replaceState(window.history.state, '', url),
  };
}
