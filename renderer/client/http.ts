// The browser-mode transport: POST /api/<call> with the launch secret; the body is always a JSON Result.
import { API_PREFIX, CLIENT_HEADER, TOKEN_HEADER, type Result } from '../../shared/api';
import { transportFailure, type Transport } from './transport';

export type FetchLike = (
  url: string,
  init: { method: string; headers: Record<string, string>; body: string },
) => Promise<{
  status: number;
  text(): Promise<string>;
}>;

export interface HttpOptions {
  fetch: FetchLike;
  /** The per-launch secret; null when the page was opened without one. */
  token: string | null;
  /** Prefix before API_PREFIX, '' for the page's own origin. */
  base?: string;
  /** This tab's id, sent with every call so the host can say who made a change. */
  clientId?: string;
}

const isResult = (value: unknown): value is Result<unknown> =>
  typeof value === 'object' &&
  value !== null &&
  ((value as { ok?: unknown }).ok === true ||
    ((value as { ok?: unknown }).ok === false && typeof (value as { error?: unknown }).error === 'object'));

export function createHttpTransport({ fetch, token, base = '', clientId }: HttpOptions): Transport {
  return async (name, input) => {
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (token) headers[TOKEN_HEADER] = token;
    if (clientId) headers[CLIENT_HEADER] = clientId;
    let response;
    try {
      response = await fetch(`${base}${API_PREFIX}${name}`, { method: 'POST', headers, body: JSON.stringify(input ?? {}) });
    } catch (error) {
      const why = error instanceof Error ? error.message : String(error);
      return transportFailure(`Socle could not reach its local server (${why}). Is it still running?`);
    }
    const text = await response.text().catch(() => '');
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      const hint = response.status === 401 || response.status === 403 ? ' Open the address Socle printed at start, with its token.' : '';
      return transportFailure(`The local server answered ${response.status} without a result.${hint}`);
    }
    return isResult(body) ? body : transportFailure(`The local server answered ${response.status} with something that is not a result.`);
  };
}
