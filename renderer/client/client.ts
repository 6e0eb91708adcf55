// The renderer's typed client: one `call` per contract name, input and output typed from shared/api,
// and one `subscribe` per contract event.
import type { CallInput, CallName, CallOutput, Result, Subscribe } from '../../shared/api';
import { silentFeed, type EventFeed } from './events';
import { neverThrows, type Transport } from './transport';

export interface Client {
  call<N extends CallName>(name: N, input: CallInput<N>): Promise<Result<CallOutput<N>>>;
  /** Listens to one event of the contract; answers the function that stops listening. */
  subscribe: Subscribe;
  /** This window's or tab's id: the `by` of the `workshop.changed` events its own calls cause. */
  readonly clientId: string;
}

export function createClient(transport: Transport, feed: EventFeed = silentFeed()): Client {
  const send = neverThrows(transport);
  return {
    // The host validates every input against the contract, always; it checks its answers against the output
    // schemas only in development and tests (not in an installed app), so the cast restores a type the host
    // is trusted, not proven in production, to keep.
    call: (name, input) => send(name, input) as Promise<Result<CallOutput<typeof name>>>,
    subscribe: feed.subscribe,
    clientId: feed.clientId,
  };
}
