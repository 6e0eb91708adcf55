// The preload's bridge: exactly one method per contract call, each an invoke on its own channel.
import { describe, expect, it } from 'vitest';
import { BRIDGE_KEY } from '../../../shared/api/bridge';
import { CALL_NAMES } from '../../../shared/api/names';
import { buildBridge } from '../../../electron/preload/bridge';

describe('buildBridge', () => {
  it('has exactly the contract names as keys and nothing generic', () => {
    const bridge = buildBridge(async () => null);
    expect(Object.keys(bridge).sort()).toEqual([...CALL_NAMES].sort());
    for (const name of CALL_NAMES) expect(typeof bridge[name]).toBe('function');
    for (const generic of ['invoke', 'send', 'on', 'ipcRenderer', 'call']) expect(generic in bridge).toBe(false);
    expect(Object.isFrozen(bridge)).toBe(true);
    expect(BRIDGE_KEY).toBe('socle');
  });

  it('invokes the channel named after the call with the input, and returns its answer', async () => {
    const calls: [string, unknown][] = [];
    const bridge = buildBridge(async (channel, input) => {
      calls.push([channel, input]);
      return { ok: true, value: channel };
    });
    for (const name of CALL_NAMES) {
      const answer = await (bridge[name] as (input: unknown) => Promise<unknown>)({ probe: name });
      expect(answer).toEqual({ ok: true, value: name });
    }
    expect(calls).toEqual(CALL_NAMES.map((name) => [name, { probe: name }]));
  });
});
