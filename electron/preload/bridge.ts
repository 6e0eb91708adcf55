// Builds the object the preload exposes: one method per contract call, each an invoke on its own channel.
import type { SocleBridge } from '../../shared/api/bridge';
import { CALL_NAMES } from '../../shared/api/names';

/** ipcRenderer.invoke, passed in so this module has no runtime 'electron' import and runs under test. */
export type Invoke = (channel: string, input: unknown) => Promise<unknown>;

export function buildBridge(invoke: Invoke): SocleBridge {
  const methods: Record<string, (input: unknown) => Promise<unknown>> = {};
  // Exactly the contract's names and nothing generic: a page can only make the calls that exist.
  for (const name of CALL_NAMES) methods[name] = (input) => invoke(name, input);
  // The mapped SocleBridge type cannot be built key by key; the test checks the keys match CALL_NAMES,
  // and the host validates every input against the contract anyway.
  return Object.freeze(methods) as SocleBridge;
}
