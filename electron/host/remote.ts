// The other end of the host process: the same `call` and `events` as an in-process host, over messages.
import type { Result } from '../../shared/api';
import { createEventHub, type EventHub } from './events';
import type { HostInfo } from './handlers/types';
import type { StartOptions } from './index';
import type { FromHost, ToHost } from './protocol';

/** A started host process as its parent sees it (a Node fork, or Electron's UtilityProcess). */
export interface HostLink {
  send(message: ToHost): void;
  onMessage(listener: (message: FromHost) => void): void;
  onExit(listener: (code: number | null) => void): void;
}

export interface RemoteHost {
  call(name: string, input: unknown, from?: { clientId?: string | null }): Promise<Result<unknown>>;
  readonly events: EventHub;
  readonly info: HostInfo;
  /** Closes the library and lets the process end. */
  close(): Promise<void>;
}

export class HostStartError extends Error {
  constructor(
    message: string,
    /** The library problem (LibraryOpenError's), when that is why. */
    readonly problem: string | null,
  ) {
    super(message);
    this.name = 'HostStartError';
  }
}

const gone = (message: string): Result<never> => ({ ok: false, error: { code: 'internal', message } });

export function connectHost(link: HostLink, options: StartOptions): Promise<RemoteHost> {
  const events = createEventHub();
  const pending = new Map<number, (result: Result<unknown>) => void>();
  let next = 0;
  let exited = false;
  let stopped: (() => void) | null = null;
  return new Promise((ready, refuse) => {
    link.onExit((code) => {
      exited = true;
      for (const done of pending.values()) done(gone(`The library process ended (code ${code}) before answering.`));
      pending.clear();
      stopped?.();
      refuse(new HostStartError(`The library process ended (code ${code}) before it was ready.`, null));
    });
    link.onMessage((message) => {
      if (message.type === 'result') {
        pending.get(message.id)?.(message.result);
        pending.delete(message.id);
      } else if (message.type === 'event') events.emit(message.name, message.payload);
      else if (message.type === 'failed') refuse(new HostStartError(message.message, message.problem));
      else if (message.type === 'stopped') stopped?.();
      else if (message.type === 'ready') {
        ready({
          info: message.info,
          events,
          call(name, input, from) {
            if (exited) return Promise.resolve(gone('The library process has ended.'));
            const id = ++next;
            return new Promise((done) => {
              pending.set(id, done);
              link.send({ type: 'call', id, name, input, clientId: from?.clientId ?? null });
            });
          },
          close: () =>
            new Promise<void>((done) => {
              if (exited) return done();
              stopped = done;
              link.send({ type: 'stop' });
            }),
        });
      }
    });
    link.send({ type: 'start', options });
  });
}
