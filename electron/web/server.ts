// The browser mode: the host's contract and the built renderer over HTTP on 127.0.0.1 only.
import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { API_PREFIX, CLIENT_HEADER, CLIENT_ID_PATTERN, EVENTS_PATH, TOKEN_QUERY, fail, type Result } from '../../shared/api';
import { TOKEN_COOKIE, judge } from './guard';
import { streamEvents, type EventSourceHub } from './sse';
import { CONTENT_SECURITY_POLICY } from '../security/csp';
import { readStatic } from './static';

// Room for the largest .socle file (20 MB of JSON) sent as a string inside the call's JSON.
export const MAX_BODY_BYTES = 32 * 1024 * 1024;

/** The same policy as the desktop window: no remote origin, ever (DESIGN 8). */
export { CONTENT_SECURITY_POLICY } from '../security/csp';

export interface CallTarget {
  call(name: string, input: unknown, from?: { clientId?: string | null }): Promise<Result<unknown>>;
  /** The host's events, streamed to every tab at EVENTS_PATH. */
  events?: EventSourceHub;
  /** The answer as JSON text, when the host can serialise it off this thread (big reads). */
  callText?(name: string, input: unknown, from?: { clientId?: string | null }): Promise<string>;
}

export interface WebServerOptions {
  host: CallTarget;
  staticDir: string;
  port?: number;
  secret?: string;
}

export interface WebServer {
  url: string;
  port: number;
  secret: string;
  server: Server;
  close(): Promise<void>;
}

const SAFETY_HEADERS: Record<string, string> = {
  'content-security-policy': CONTENT_SECURITY_POLICY,
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
};

function send(res: ServerResponse, status: number, body: string | Buffer, type: string, extra: Record<string, string> = {}) {
  res.writeHead(status, {
    'content-type': type,
    ...SAFETY_HEADERS,
    'cache-control': 'no-store',
    ...extra,
  });
  res.end(body);
}

const sendJson = (res: ServerResponse, status: number, value: unknown) =>
  send(res, status, JSON.stringify(value), 'application/json; charset=utf-8');

/** Past the limit, this much more is read and dropped so the client can read the 413; a client that keeps sending is cut off. */
const DRAIN_BYTES = MAX_BODY_BYTES;

/** The body as text, or null when it is over the limit (answered once the client has finished sending, so it reads a 413, not a reset). */
function readBody(req: IncomingMessage): Promise<string | null> {
  return new Promise((done, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES + DRAIN_BYTES) {
        done(null);
        req.destroy();
        return;
      }
      if (size <= MAX_BODY_BYTES) chunks.push(chunk);
      else chunks.length = 0;
    });
    req.on('end', () => done(size > MAX_BODY_BYTES ? null : Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

async function handleApi(req: IncomingMessage, res: ServerResponse, name: string, host: CallTarget) {
  if (req.method !== 'POST') return sendJson(res, 405, fail('invalid_input', 'Contract calls are POST requests.'));
  const body = await readBody(req);
  if (body === null) {
    const mb = MAX_BODY_BYTES / 1024 / 1024;
    return sendJson(
      res,
      413,
      fail('invalid_input', {
        en: `The request is larger than ${mb} MB: nothing was changed.`,
        fr: `La requête dépasse ${mb} Mo : rien n’a été modifié.`,
      }),
    );
  }
  let input: unknown;
  try {
    input = body.trim() === '' ? {} : JSON.parse(body);
  } catch {
    return sendJson(res, 400, fail('invalid_input', 'The request body is not valid JSON.'));
  }
  const client = req.headers[CLIENT_HEADER];
  const clientId = typeof client === 'string' && CLIENT_ID_PATTERN.test(client) ? client : null;
  if (host.callText) return send(res, 200, await host.callText(name, input, { clientId }), 'application/json; charset=utf-8');
  sendJson(res, 200, await host.call(name, input, { clientId }));
}

export function startWebServer(options: WebServerOptions): Promise<WebServer> {
  const secret = options.secret ?? randomBytes(24).toString('base64url');
  const staticDir = resolve(options.staticDir);
  let port = options.port ?? 0;
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const verdict = judge(req, url, port, secret);
    if (!verdict.allowed) return send(res, verdict.status, `Refused: ${verdict.reason}.`, 'text/plain; charset=utf-8');
    if (url.pathname.startsWith(API_PREFIX)) {
      handleApi(req, res, url.pathname.slice(API_PREFIX.length), options.host).catch((error: Error) =>
        sendJson(res, 500, fail('internal', error.message)),
      );
      return;
    }
    if (url.pathname === EVENTS_PATH) {
      if (req.method !== 'GET' || !options.host.events) return send(res, 405, 'Method not allowed.', 'text/plain; charset=utf-8');
      return streamEvents(req, res, options.host.events, SAFETY_HEADERS);
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'Method not allowed.', 'text/plain; charset=utf-8');
    void readStatic(staticDir, url.pathname).then((file) => {
      if (!file) return send(res, 404, 'Not found.', 'text/plain; charset=utf-8');
      const extra: Record<string, string> = verdict.viaQuery
        ? { 'set-cookie': `${TOKEN_COOKIE}=${secret}; HttpOnly; SameSite=Strict; Path=/` }
        : {};
      send(res, 200, file.body, file.type, extra);
    });
  });
  return new Promise((done, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      port = (server.address() as AddressInfo).port;
      done({
        url: `http://127.0.0.1:${port}/?${TOKEN_QUERY}=${secret}`,
        port,
        secret,
        server,
        close: () =>
          new Promise<void>((closed) => {
            server.close(() => closed());
            // Event streams stay open until their tab goes: end them, or close would wait forever.
            server.closeAllConnections();
          }),
      });
    });
  });
}
