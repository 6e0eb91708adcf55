// The room's listener: the participant page and the participant calls, nothing else, on its own port.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { GUEST_API_PREFIX, GUEST_MAX_BODY_BYTES, GUEST_TOKEN_HEADER, fail, type Result } from '../../../shared/api';
import { Buckets } from '../../host/room/limits';
import { judgeRoom } from './guard';
import { roomPage, type RoomPage } from './page';

/** No inline script or style, nothing from elsewhere: the page is a few files of our own. */
export const ROOM_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

export interface GuestTarget {
  guest(name: string, input: unknown, meta: { token: string | null; address: string }): Promise<Result<unknown>>;
}

export interface RoomServerOptions {
  host: GuestTarget;
  /** The built renderer folder, where room.html and its assets are. */
  staticDir: string;
  /** 127.0.0.1 in tests and benchmarks; the LAN address only when a person opens the room. */
  address: string;
  port?: number;
}

export interface RoomServer {
  url: string;
  port: number;
  server: Server;
  close(): Promise<void>;
}

function send(res: ServerResponse, status: number, body: string | Buffer, type: string) {
  res.writeHead(status, {
    'content-type': type,
    'content-security-policy': ROOM_CSP,
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
    'cache-control': 'no-store',
    'x-frame-options': 'DENY',
  });
  res.end(body);
}

const sendJson = (res: ServerResponse, status: number, value: unknown) =>
  send(res, status, JSON.stringify(value), 'application/json; charset=utf-8');

/** The body, or null past the limit (the rest is read and dropped so the refusal reaches the phone). */
function readBody(req: IncomingMessage): Promise<string | null> {
  return new Promise((done) => {
    const chunks: Buffer[] = [];
    let size = Number(req.headers['content-length'] ?? 0) > GUEST_MAX_BODY_BYTES ? Infinity : 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= GUEST_MAX_BODY_BYTES) chunks.push(chunk);
    });
    req.on('end', () => done(size > GUEST_MAX_BODY_BYTES ? null : Buffer.concat(chunks).toString('utf8')));
    req.on('error', () => done(null));
  });
}

const STATUS: Record<string, number> = {
  invalid_input: 400,
  unknown_call: 404,
  forbidden: 403,
  rate_limited: 429,
  not_found: 404,
  conflict: 409,
};

async function handleCall(req: IncomingMessage, res: ServerResponse, name: string, options: RoomServerOptions, address: string) {
  if (req.method !== 'POST') return sendJson(res, 405, fail('invalid_input', 'Participant calls are POST requests.'));
  if (!String(req.headers['content-type'] ?? '').startsWith('application/json'))
    return sendJson(res, 415, fail('invalid_input', 'Participant calls are JSON.'));
  const body = await readBody(req);
  if (body === null) return sendJson(res, 413, fail('invalid_input', `A participant request is at most ${GUEST_MAX_BODY_BYTES} bytes.`));
  let input: unknown;
  try {
    input = body.trim() === '' ? {} : JSON.parse(body);
  } catch {
    return sendJson(res, 400, fail('invalid_input', 'The request body is not valid JSON.'));
  }
  const header = req.headers[GUEST_TOKEN_HEADER];
  const token = typeof header === 'string' && header.length <= 64 ? header : null;
  const result = await options.host.guest(name, input, { token, address });
  sendJson(res, result.ok ? 200 : (STATUS[result.error.code] ?? 500), result);
}

export function startRoomServer(options: RoomServerOptions): Promise<RoomServer> {
  let page: RoomPage | null = null;
  let port = options.port ?? 0;
  // Every request from an address, before anything else is done for it: a flood costs a map lookup.
  const requests = new Buckets(Date.now, 60, 30);
  const server = createServer((req, res) => {
    const address = req.socket.remoteAddress ?? '?';
    if (!requests.take(address)) return sendJson(res, 429, fail('rate_limited', 'Too many requests: wait a moment.'));
    const verdict = judgeRoom(req, `${options.address}:${port}`);
    if (!verdict.allowed) return send(res, verdict.status, `Refused: ${verdict.reason}.`, 'text/plain; charset=utf-8');
    const url = new URL(req.url ?? '/', 'http://room.invalid');
    if (url.pathname.startsWith(GUEST_API_PREFIX)) {
      void handleCall(req, res, url.pathname.slice(GUEST_API_PREFIX.length), options, address).catch(() =>
        sendJson(res, 500, fail('internal', 'Something went wrong.')),
      );
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 404, 'Not found.', 'text/plain; charset=utf-8');
    void (async () => {
      page ??= await roomPage(options.staticDir);
      const file = page.files.get(url.pathname === '/' ? '/room.html' : url.pathname);
      if (!file) return send(res, 404, 'Not found.', 'text/plain; charset=utf-8');
      send(res, 200, file.body, file.type);
    })().catch(() => send(res, 500, 'The page could not be read.', 'text/plain; charset=utf-8'));
  });
  server.headersTimeout = 10_000;
  server.requestTimeout = 15_000;
  server.maxHeadersCount = 40;
  return new Promise((done, reject) => {
    server.once('error', reject);
    server.listen(port, options.address, () => {
      port = (server.address() as AddressInfo).port;
      done({
        url: `http://${options.address}:${port}/`,
        port,
        server,
        close: () =>
          new Promise<void>((closed) => {
            server.close(() => closed());
            server.closeAllConnections();
          }),
      });
    });
  });
}
