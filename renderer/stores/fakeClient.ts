// A scripted client for store tests: answers per call name, records every call, can hold answers back.
import type { CallName, Result } from '../../shared/api';
import type { Client } from '../client';

type Input = Record<string, unknown>;
type Answer = (input: Input) => Result<unknown> | Promise<Result<unknown>>;

export function fakeClient(answers: Partial<Record<CallName, Answer>>) {
  const calls: { name: CallName; input: Input }[] = [];
  const client: Client = {
    call: async (name, input) => {
      calls.push({ name, input: input as Input });
      const answer = answers[name];
      if (!answer) return { ok: false, error: { code: 'unknown_call', message: `no fake for ${name}` } };
      return (await answer(input as Input)) as never;
    },
    subscribe: () => () => {},
    clientId: 'fake',
  };
  return { client, calls, answers };
}

/** A promise the test resolves when it wants, to check what happens while a call is in flight. */
export function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}
