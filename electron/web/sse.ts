// Server-Sent Events of the browser mode: every host event, as `event: <name>` and a JSON `data:` line.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { EventName, EventPayload } from '../../shared/api';

export type EventSourceHub = {
  on(listener: <N extends EventName>(name: N, payload: EventPayload<N>) => void): () => void;
};

/** A comment line every so often keeps idle proxies and the browser from dropping the stream. */
export const HEARTBEAT_MS = 15_000;

export function streamEvents(req: IncomingMessage, res: ServerResponse, hub: EventSourceHub, headers: Record<string, string>): void {
  res.writeHead(200, {
    ...headers,
    'content-type': 'text/event-stream; charset=utf-8',
    'cache-control': 'no-store',
    connection: 'keep-alive',
  });
  // The browser reconnects after this many milliseconds when the stream drops.
  res.write('retry: 1000\n\n');
  const stop = hub.on((name, payload) => {
    res.write(`event: ${name}\ndata: ${JSON.stringify(payload)}\n\n`);
  });
  const beat = setInterval(() => res.write(': alive\n\n'), HEARTBEAT_MS);
  beat.unref();
  const end = () => {
    clearInterval(beat);
    stop();
  };
  req.on('close', end);
  res.on('error', end);
}
