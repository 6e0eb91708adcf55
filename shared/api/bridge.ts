// What the preload exposes to the renderer as `window.socle`: one method per contract call.
import type { CallInput, CallOutput } from './contract';
import type { CallName } from './names';
import type { Result } from './result';

export type SocleBridge = {
  [N in CallName]: (input: CallInput<N>) => Promise<Result<CallOutput<N>>>;
};

/** The name under which the preload exposes the bridge on `window`. */
export const BRIDGE_KEY = 'socle';

/** HTTP transport of the browser mode: POST `${API_PREFIX}${callName}` with the per-launch secret. */
export const API_PREFIX = '/api/';
export const TOKEN_HEADER = 'x-socle-token';
export const TOKEN_QUERY = 'token';
