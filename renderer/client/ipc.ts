// The Electron transport: calls the preload's bridge, one method per contract name.
import type { SocleBridge } from '../../shared/api';
import { transportFailure, type Transport } from './transport';

export function createIpcTransport(bridge: SocleBridge): Transport {
  return (name, input) => {
    const method = bridge[name] as ((input: unknown) => ReturnType<SocleBridge[typeof name]>) | undefined;
    if (typeof method !== 'function') return Promise.resolve(transportFailure(`The desktop bridge has no call named ${name}.`));
    return method(input);
  };
}
