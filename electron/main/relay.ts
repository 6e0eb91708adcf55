// Main's side of the events: everything the host announces goes to every window showing Socle's own
// page (never to a page that navigated elsewhere), on the one event channel the preload listens to.
import { EVENT_CHANNEL } from '../../shared/api/bridge';
import type { EventName } from '../../shared/api/names';
import type { EventPayload } from '../../shared/api/events';
import { isAllowedSender } from './security';

/** The part of a window's webContents the relay uses, so tests can pass fakes. */
export interface EventTarget {
  getURL(): string;
  send(channel: string, ...args: unknown[]): void;
  isDestroyed(): boolean;
}

export type EventHubLike = {
  on(listener: <N extends EventName>(name: N, payload: EventPayload<N>) => void): () => void;
};

/** Sends one event to one window, if it still shows Socle's page; answers whether it was sent. */
export function sendEvent<N extends EventName>(target: EventTarget | null | undefined, name: N, payload: EventPayload<N>): boolean {
  if (!target || target.isDestroyed() || !isAllowedSender(target.getURL())) return false;
  target.send(EVENT_CHANNEL, name, payload);
  return true;
}

/** Relays every host event to every window; answers the function that stops relaying. */
export function relayEvents(hub: EventHubLike, targets: () => readonly EventTarget[]): () => void {
  return hub.on((name, payload) => {
    for (const target of targets()) sendEvent(target, name, payload);
  });
}
