// Transport choice at start: the bridge when present (no token touched), HTTP with the token otherwise.
import { describe, expect, it } from 'vitest';
import type { SocleBridge } from '../../shared/api';
import { chooseClient, type StartEnv } from './choose';

const env = (over: Partial<StartEnv>): StartEnv => ({
  bridge: undefined,
  fetch: async () => ({ status: 200, text: async () => JSON.stringify({ ok: true, value: 'http' }) }),
  href: 'http://127.0.0.1:1/?token=t',
  storage: { getItem: () => null, setItem: () => {} },
  replaceUrl: () => {},
  ...over,
});

describe('chooseClient', () => {
  it('uses the bridge when the preload exposed it', async () => {
    const bridge = { 'app.info': async () => ({ ok: true, value: 'ipc' }) } as unknown as SocleBridge;
    let replaced = false;
    const { client, mode } = chooseClient(env({ bridge, replaceUrl: () => (replaced = true) }));
    expect(mode).toBe('ipc');
    expect(await client.call('app.info', {})).toEqual({ ok: true, value: 'ipc' });
    expect(replaced).toBe(false);
  });

  it('falls back to HTTP otherwise', async () => {
    const { client, mode } = chooseClient(env({}));
    expect(mode).toBe('http');
    expect(await client.call('app.info', {})).toEqual({ ok: true, value: 'http' });
  });

  it('turns a throwing bridge into an internal error', async () => {
    const bridge = {
      'app.info': async () => {
        throw new Error('channel closed');
      },
    } as unknown as SocleBridge;
    const result = await chooseClient(env({ bridge })).client.call('app.info', {});
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatchObject({ code: 'internal', message: expect.stringMatching(/channel closed/) });
  });

  it('answers an internal error for a call the bridge lacks', async () => {
    const result = await chooseClient(env({ bridge: {} as SocleBridge })).client.call('app.info', {});
    expect(result.ok).toBe(false);
  });
});
