// IPC binding: one handler per contract call, refusing senders that are not the app's page.
import { describe, expect, it } from 'vitest';
import { CALL_NAMES } from '../../../shared/api/names';
import type { Result } from '../../../shared/api/result';
import { APP_PAGE } from '../../../electron/main/app-url';
import { bindIpc, type SenderEvent } from '../../../electron/main/ipc';

type Listener = (event: SenderEvent, input: unknown) => Promise<Result<unknown>>;

function setup(call: (name: string, input: unknown) => Result<unknown> = (name) => ({ ok: true, value: name })) {
  const registry = new Map<string, Listener>();
  const calls: [string, unknown][] = [];
  bindIpc(
    {
      handle: (channel, listener) => {
        if (registry.has(channel)) throw new Error(`twice: ${channel}`);
        registry.set(channel, listener);
      },
    },
    {
      call: (name, input) => {
        calls.push([name, input]);
        return Promise.resolve().then(() => call(name, input));
      },
    },
  );
  const invoke = (name: string, url: string | undefined | null, input: unknown = {}) =>
    registry.get(name)!(url === undefined ? {} : { senderFrame: url === null ? null : { url } }, input);
  return { registry, calls, invoke };
}

describe('bindIpc', () => {
  it('registers exactly one handler per call name', async () => {
    const { registry } = setup();
    expect([...registry.keys()]).toEqual([...CALL_NAMES]);
  });

  it('passes calls from the app page to the host', async () => {
    const { calls, invoke } = setup();
    expect(await invoke('library.list', `${APP_PAGE}#/`, { query: 'x' })).toEqual({ ok: true, value: 'library.list' });
    expect(calls).toEqual([['library.list', { query: 'x' }]]);
  });

  it.each(['http://evil.example/', 'file:///other', 'about:blank', undefined, null])(
    'refuses a call from %s with forbidden, without reaching the host',
    async (url) => {
      const { calls, invoke } = setup();
      const result = await invoke('workshop.delete', url, { workshopId: 'w1' });
      expect(result.ok).toBe(false);
      if (!result.ok) {
        expect(result.error.code).toBe('forbidden');
        expect(result.error.message).toContain('workshop.delete');
      }
      expect(calls).toEqual([]);
    },
  );

  it('turns a host that throws into an internal error instead of a rejected invoke', async () => {
    const { invoke } = setup(() => {
      throw new Error('boom');
    });
    const result = await invoke('app.info', APP_PAGE);
    expect(result).toMatchObject({ ok: false, error: { code: 'internal' } });
  });
});
