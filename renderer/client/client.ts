// The renderer's typed client: one `call` per contract name, input and output typed from shared/api.
import type { CallInput, CallName, CallOutput, Result } from '../../shared/api';
import { neverThrows, type Transport } from './transport';

export interface Client {
  call<N extends CallName>(name: N, input: CallInput<N>): Promise<Result<CallOutput<N>>>;
}

export function createClient(transport: Transport): Client {
  const send = neverThrows(transport);
  return {
    // The host validates every input against the contract, always; it checks its answers against the output
    // schemas only in development and tests (not in an installed app), so the cast restores a type the host
    // is trusted, not proven in production, to keep.
    call: (name, input) => send(name, input) as Promise<Result<CallOutput<typeof name>>>,
  };
}
