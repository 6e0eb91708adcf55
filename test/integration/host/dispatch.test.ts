// The dispatcher: awaits handlers that answer with promises, and checks answers against the contract
// when asked to (development and tests), so a handler that drifts from its output schema fails loudly.
import { afterEach, describe, expect, it } from 'vitest';
import { runCall, type HandlerTable } from '../../../electron/host/dispatch';
import { handlers } from '../../../electron/host/handlers';
import type { Context } from '../../../electron/host/handlers/types';
import { makeHost } from '../../helpers/host';

let host: ReturnType<typeof makeHost> | null = null;
afterEach(() => {
  host?.dispose();
  host = null;
});

function context(): Context {
  host = makeHost();
  return {
    store: host.store,
    info: host.info,
    room: host.room,
    seed: () => null,
    restoreLibrary: () => {
      throw new Error('unused');
    },
  };
}

const withInfo = (answer: (c: Context) => unknown): HandlerTable => ({ ...handlers, 'app.info': (_args, c) => answer(c) });

describe('dispatch', () => {
  it('awaits a handler that answers with a promise', async () => {
    const ctx = context();
    const table = withInfo(async (c) => {
      await new Promise((done) => setTimeout(done, 5));
      return { ...c.info };
    });
    const result = await runCall(table, ctx, 'app.info', {}, true);
    expect(result).toEqual({ ok: true, value: ctx.info });
  });

  it('turns a rejected promise into a failed result, never a throw', async () => {
    const ctx = context();
    const result = await runCall(
      withInfo(() => Promise.reject(new Error('disk gone'))),
      ctx,
      'app.info',
      {},
    );
    expect(result).toEqual({ ok: false, error: { code: 'internal', message: 'Something went wrong in app.info: disk gone' } });
  });

  it('refuses an answer that breaks the output schema when validating, and passes it through when not', async () => {
    const ctx = context();
    const table = withInfo((c) => ({ ...c.info, mode: 'phone' }));
    const checked = await runCall(table, ctx, 'app.info', {}, true);
    expect(checked.ok).toBe(false);
    if (!checked.ok) {
      expect(checked.error.code).toBe('internal');
      expect(checked.error.message).toContain('app.info does not match the contract');
      expect(checked.error.issues?.[0]?.path).toBe('mode');
    }
    // Production skips the check: the same answer goes out unchanged.
    expect(await runCall(table, ctx, 'app.info', {}, false)).toMatchObject({ ok: true, value: { mode: 'phone' } });
  });
});
