// Who may talk to the browser-mode server: loopback only, our own Host and Origin, and the launch secret.
import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { TOKEN_HEADER, TOKEN_QUERY } from '../../shared/api';

export const TOKEN_COOKIE = 'socle_token';

export type Verdict = { allowed: true; viaQuery: boolean } | { allowed: false; status: 401 | 403; reason: string };

export function isLoopback(address: string | undefined): boolean {
  if (!address) return false;
  return address === '::1' || address.startsWith('127.') || address.startsWith('::ffff:127.');
}

export function allowedHosts(port: number): Set<string> {
  return new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
}

function sameSecret(given: string | undefined, secret: string): boolean {
  if (!given) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(secret);
  return a.length === b.length && timingSafeEqual(a, b);
}

function cookie(header: string | undefined, name: string): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const [k, ...v] = part.trim().split('=');
    if (k === name) return v.join('=');
  }
  return undefined;
}

export function judge(req: IncomingMessage, url: URL, port: number, secret: string): Verdict {
  if (!isLoopback(req.socket.remoteAddress)) return { allowed: false, status: 403, reason: 'not from this computer' };
  const hosts = allowedHosts(port);
  if (!hosts.has(req.headers.host ?? '')) return { allowed: false, status: 403, reason: 'foreign Host' };
  const origin = req.headers.origin;
  if (origin !== undefined && !hosts.has(origin.replace(/^http:\/\//, ''))) {
    return { allowed: false, status: 403, reason: 'foreign Origin' };
  }
  const header = req.headers[TOKEN_HEADER];
  if (sameSecret(typeof header === 'string' ? header : undefined, secret)) return { allowed: true, viaQuery: false };
  if (sameSecret(cookie(req.headers.cookie, TOKEN_COOKIE), secret)) return { allowed: true, viaQuery: false };
  if (sameSecret(url.searchParams.get(TOKEN_QUERY) ?? undefined, secret)) return { allowed: true, viaQuery: true };
  return { allowed: false, status: 401, reason: 'missing or wrong secret' };
}
