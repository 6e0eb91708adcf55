// The host in its own process: Electron starts this file as a utilityProcess (process.parentPort), tests
// fork it as a Node child (process.send). It opens the library when told to, answers calls by id, and
// passes on every host event; main only relays between it and the windows.
import { LibraryOpenError } from './db/errors';
import { startHost, type Host, type StartOptions } from './index';
import { createJobPool } from './jobs/pool';
import { processRoomNetwork } from './process-room';
import { HOST_PROCESS_FLAG, type Channel, type FromHost, type ToHost } from './protocol';

interface ParentPort {
  on(event: 'message', listener: (event: { data: unknown }) => void): void;
  postMessage(message: unknown): void;
}

/** The channel this process was started with: Electron's parentPort first, Node's fork channel else. */
export function parentChannel(): Channel | null {
  const port = (process as unknown as { parentPort?: ParentPort }).parentPort;
  if (port) {
    return {
      send: (message) => port.postMessage(message),
      onMessage: (listener) => port.on('message', (event) => listener(event.data as ToHost)),
    };
  }
  if (typeof process.send === 'function') {
    return {
      send: (message) => void process.send?.(message),
      onMessage: (listener) => process.on('message', (message) => listener(message as ToHost)),
    };
  }
  return null;
}

/**
 * The host as this process runs it: exports and big reads go to its own worker threads (with the same
 * SQLite build as the host), so the thread that answers calls never waits on them; and the room's
 * participants' listener runs here too, so main only relays.
 */
export function startProcessHost(options: StartOptions): Host {
  // The participants' room, when the process was started with its pages (Electron's main does so).
  const room = options.roomNetwork ? null : processRoomNetwork();
  const host = startHost({
    ...options,
    jobs: options.jobs ?? createJobPool({ nativeBinding: options.nativeBinding }),
    ...(room ? { roomNetwork: room } : {}),
  });
  room?.attach(host);
  return host;
}

/** Serves the protocol on a channel; `exit` ends the process once the library is closed. */
export function serveHost(channel: Channel, start: typeof startHost = startProcessHost, exit: () => void = () => process.exit(0)): void {
  let host: Host | null = null;
  const send = (message: FromHost) => channel.send(message);
  channel.onMessage((message) => {
    if (message.type === 'start') {
      if (host) return;
      try {
        host = start(message.options);
      } catch (error) {
        // A library refusal is said in the user's language, as the in-process host's caller said it.
        if (error instanceof LibraryOpenError) {
          send({ type: 'failed', message: error.say(message.options.language ?? 'en'), problem: error.problem });
        } else send({ type: 'failed', message: error instanceof Error ? error.message : String(error), problem: null });
        return;
      }
      host.events.on((name, payload) => send({ type: 'event', name, payload }));
      send({ type: 'ready', info: host.info });
    } else if (message.type === 'call') {
      const { id, name, input, clientId } = message;
      if (!host) {
        send({ type: 'result', id, result: { ok: false, error: { code: 'internal', message: 'The library is not open yet.' } } });
        return;
      }
      void host.call(name, input, { clientId }).then((result) => send({ type: 'result', id, result }));
    } else if (message.type === 'stop') {
      host?.close();
      host = null;
      send({ type: 'stopped' });
      exit();
    }
  });
}

// Run as a process (not imported by a test): serve the channel it was started with.
const channel = parentChannel();
if (channel && process.argv.includes(HOST_PROCESS_FLAG)) serveHost(channel);
