// The one thing a client needs from below: send a call by name, get a Result back, never a throw.
import type { CallName, Result } from '../../shared/api';

export type Transport = (name: CallName, input: unknown) => Promise<Result<unknown>>;

export const transportFailure = (message: string): Result<never> => ({ ok: false, error: { code: 'internal', message } });

const describe = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/** Wraps a transport so that a throw or a rejected promise still comes back as a Result. */
export const neverThrows =
  (transport: Transport): Transport =>
  async (name, input) => {
    try {
      return await transport(name, input);
    } catch (error) {
      return transportFailure(`The call ${name} failed before reaching the library: ${describe(error)}`);
    }
  };
