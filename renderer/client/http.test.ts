// The HTTP transport against a fake fetch: URL, headers, body, and every way an answer can go wrong.
import { describe, expect, it } from 'vitest';
import { createClient } from './client';
import { createHttpTransport, type FetchLike } from './http';

type Sent = { url: string; init: Parameters<FetchLike>[1] };

function fakeFetch(answer: { status?: number; body: string } | Error) {
  const sent: Sent[] = [];
  const fetch: FetchLike = async (url, init) => {
    sent.push({ url, init });
    if (answer instanceof Error) throw answer;
    return { status: answer.status ?? 200, text: async () => answer.body };
  };
  return { fetch, sent };
}

describe('http transport', () => {
  it('posts the input as JSON to /api/<name> with the token header', async () => {
    const { fetch, sent } = fakeFetch({ body: JSON.stringify({ ok: true, value: { id: 'w1' } }) });
    const client = createClient(createHttpTransport({ fetch, token: 's3cret' }));
    const result = await client.call('workshop.get', { workshopId: 'w1' });
    expect(result).toEqual({ ok: true, value: { id: 'w1' } });
    expect(sent).toHaveLength(1);
    expect(sent[0]!.url).toBe('/api/workshop.get');
    expect(sent[0]!.init.method).toBe('POST');
    expect(sent[0]!.init.headers['x-socle-token']).toBe('s3cret');
    expect(sent[0]!.init.headers['content-type']).toBe('application/json');
    expect(JSON.parse(sent[0]!.init.body)).toEqual({ workshopId: 'w1' });
  });

  it('sends no token header when there is no token', async () => {
    const { fetch, sent } = fakeFetch({ body: JSON.stringify({ ok: true, value: [] }) });
    await createClient(createHttpTransport({ fetch, token: null })).call('library.list', {});
    expect(sent[0]!.init.headers).not.toHaveProperty('x-socle-token');
  });

  it('passes typed errors through unchanged', async () => {
    const error = { code: 'not_found', message: 'No workshop w9.' };
    const { fetch } = fakeFetch({ body: JSON.stringify({ ok: false, error }) });
    const result = await createClient(createHttpTransport({ fetch, token: 't' })).call('workshop.get', { workshopId: 'w9' });
    expect(result).toEqual({ ok: false, error });
  });

  it('turns a network failure into an internal error with a clear message', async () => {
    const { fetch } = fakeFetch(new TypeError('Failed to fetch'));
    const result = await createClient(createHttpTransport({ fetch, token: 't' })).call('app.info', {});
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('internal');
      expect(result.error.message).toMatch(/could not reach its local server/);
      expect(result.error.message).toMatch(/Failed to fetch/);
    }
  });

  it('turns a refusal without JSON into an internal error that mentions the token', async () => {
    const { fetch } = fakeFetch({ status: 401, body: 'Refused: missing or wrong secret.' });
    const result = await createClient(createHttpTransport({ fetch, token: null })).call('app.info', {});
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('internal');
      expect(result.error.message).toMatch(/401/);
      expect(result.error.message).toMatch(/token/);
    }
  });

  it('refuses JSON that is not a Result', async () => {
    const { fetch } = fakeFetch({ body: JSON.stringify({ hello: 'world' }) });
    const result = await createClient(createHttpTransport({ fetch, token: 't' })).call('app.info', {});
    expect(result.ok).toBe(false);
  });

  it('uses the base when one is given', async () => {
    const { fetch, sent } = fakeFetch({ body: JSON.stringify({ ok: true, value: null }) });
    await createClient(createHttpTransport({ fetch, token: 't', base: 'http://127.0.0.1:5000' })).call('app.info', {});
    expect(sent[0]!.url).toBe('http://127.0.0.1:5000/api/app.info');
  });
});
