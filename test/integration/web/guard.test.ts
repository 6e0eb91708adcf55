// The request guard on its own: loopback only, exact Host and Origin, the secret by header, cookie or query.
import type { IncomingMessage } from 'node:http';
import { describe, expect, it } from 'vitest';
import { isLoopback, judge } from '../../../electron/web/guard';

const req = (remoteAddress: string, headers: Record<string, string>) =>
  ({ socket: { remoteAddress }, headers }) as unknown as IncomingMessage;
const url = (q = '') => new URL(`http://127.0.0.1/${q}`);

describe('guard', () => {
  it('knows loopback addresses', () => {
    expect(['127.0.0.1', '127.8.9.1', '::1', '::ffff:127.0.0.1'].every(isLoopback)).toBe(true);
    expect(['10.0.0.5', '192.168.1.2', '::ffff:10.0.0.1', '', undefined].some((a) => isLoopback(a))).toBe(false);
  });

  it('refuses a request from another machine even with the secret', () => {
    const v = judge(req('192.168.1.20', { host: '127.0.0.1:5000', 'x-socle-token': 's3cret' }), url(), 5000, 's3cret');
    expect(v).toEqual({ allowed: false, status: 403, reason: 'not from this computer' });
  });

  it('accepts localhost and 127.0.0.1 on our port only', () => {
    const ok = (host: string) => judge(req('127.0.0.1', { host, 'x-socle-token': 's' }), url(), 5000, 's').allowed;
    expect(ok('127.0.0.1:5000')).toBe(true);
    expect(ok('localhost:5000')).toBe(true);
    expect(ok('127.0.0.1:5001')).toBe(false);
    expect(ok('127.0.0.1')).toBe(false);
  });

  it('finds the secret in the header, the cookie or the query, and says which', () => {
    const base = { host: '127.0.0.1:5000' };
    expect(judge(req('127.0.0.1', { ...base, cookie: 'a=b; socle_token=s' }), url(), 5000, 's')).toEqual({
      allowed: true,
      viaQuery: false,
    });
    expect(judge(req('127.0.0.1', base), url('?token=s'), 5000, 's')).toEqual({ allowed: true, viaQuery: true });
    expect(judge(req('127.0.0.1', { ...base, cookie: 'socle_token=sx' }), url(), 5000, 's').allowed).toBe(false);
  });
});
