// Validates a call against the contract, runs its handler, and turns every outcome into a Result.
import Database from 'better-sqlite3';
import type { z } from 'zod';
import { CALL_NAMES, CallFailure, contract, fail, ok, type CallName, type Result } from '../../shared/api';
import { handlers } from './handlers';
import type { Context } from './handlers/types';
import type { Text } from '../../shared/text';

const NAMES = new Set<string>(CALL_NAMES);
export const isCallName = (name: string): name is CallName => NAMES.has(name);

export function describeIssues(error: z.ZodError): { path: string; message: string }[] {
  return error.issues.slice(0, 20).map((i) => ({ path: i.path.map(String).join('.'), message: i.message }));
}

/** The refusal of an input its schema rejects: the first issue in the message, all of them (up to 20) beside it. */
export function invalidInput(error: z.ZodError): Result<never> {
  const issues = describeIssues(error);
  const first = issues[0];
  return fail('invalid_input', first ? `${first.path || 'input'}: ${first.message}` : 'Invalid input.', issues);
}

const STORAGE_MESSAGES: Record<string, Text> = {
  SQLITE_FULL: {
    en: 'The disk is full: the change was not saved. Free some space and try again.',
    fr: 'Le disque est plein : la modification n’a pas été enregistrée. Libérez de la place et recommencez.',
  },
  SQLITE_READONLY: {
    en: 'The library folder is read-only: the change was not saved.',
    fr: 'Le dossier de la bibliothèque est en lecture seule : la modification n’a pas été enregistrée.',
  },
  SQLITE_CORRUPT: {
    en: 'The library file is damaged: the change was not saved. Restore a backup.',
    fr: 'Le fichier de la bibliothèque est endommagé : la modification n’a pas été enregistrée. Restaurez une sauvegarde.',
  },
  SQLITE_IOERR: {
    en: 'The disk could not be written: the change was not saved.',
    fr: 'Le disque n’a pas pu être écrit : la modification n’a pas été enregistrée.',
  },
  SQLITE_CANTOPEN: {
    en: 'The library file could not be opened: the change was not saved.',
    fr: 'Le fichier de la bibliothèque n’a pas pu être ouvert : la modification n’a pas été enregistrée.',
  },
};

type SqliteError = InstanceType<typeof Database.SqliteError>;

function storageMessage(error: SqliteError): Text | null {
  const base = error.code.split('_').slice(0, 2).join('_');
  return STORAGE_MESSAGES[error.code] ?? STORAGE_MESSAGES[base] ?? null;
}

/**
 * Runs one call. Handlers may answer with a value or a promise of one; either way the answer comes back as a
 * promise of a Result, never a throw. With `validateOutput` (development and tests) the answer is checked
 * against the call's output schema, so a handler that drifts from the contract fails loudly there.
 */
export function dispatch(ctx: Context, name: string, input: unknown, validateOutput = false): Promise<Result<unknown>> {
  return runCall(handlers, ctx, name, input, validateOutput);
}

/** A table of handlers, one per call name; `dispatch` uses the host's own, tests pass theirs. */
export type HandlerTable = Record<CallName, (args: never, c: Context) => unknown>;

export async function runCall(
  table: HandlerTable,
  ctx: Context,
  name: string,
  input: unknown,
  validateOutput = false,
): Promise<Result<unknown>> {
  if (!isCallName(name)) return fail('unknown_call', `There is no call named "${String(name).slice(0, 80)}".`);
  const spec = contract[name];
  const parsed = spec.input.safeParse(input ?? {});
  if (!parsed.success) return invalidInput(parsed.error);
  try {
    const handler = table[name] as (args: unknown, c: Context) => unknown;
    const value: unknown = await handler(parsed.data, ctx);
    if (validateOutput) {
      const checked = spec.output.safeParse(value);
      if (!checked.success) {
        const issues = describeIssues(checked.error);
        const where = issues.map((i) => `${i.path || 'answer'}: ${i.message}`).join('; ');
        return fail('internal', `The answer of ${name} does not match the contract (${where}).`, issues);
      }
    }
    return ok(value);
  } catch (error) {
    if (error instanceof CallFailure) return fail(error.code, error.text, error.issues);
    if (error instanceof Database.SqliteError) {
      const message = storageMessage(error);
      if (message) return fail('storage', message);
      if (error.code.startsWith('SQLITE_CONSTRAINT'))
        return fail('conflict', `The change breaks a rule of the library (${error.message}).`);
      return fail('storage', `The library refused the change: ${error.message}`);
    }
    const message = error instanceof Error ? error.message : String(error);
    return fail('internal', `Something went wrong in ${name}: ${message}`);
  }
}
