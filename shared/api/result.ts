// Results that cross the process boundary: never a throw, always a value or a typed error.
import type { Text } from '../text/text';
import { typeset } from '../text/typography';

export const ERROR_CODES = [
  'invalid_input', // the payload does not match the call's schema
  'unknown_call', // no such call in the contract
  'not_found', // the entity does not exist (or is in the trash where that matters)
  'conflict', // the request contradicts the current state (e.g. a link that makes no sense)
  'storage', // the database refused (disk full, read-only, corrupt)
  'forbidden', // the caller is not allowed
  'rate_limited', // too many calls or wrong codes: wait and try again
  'internal', // a bug: the message says what happened
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export interface CallError {
  code: ErrorCode;
  message: string;
  /** Where the input was wrong, as dotted paths, for inline messages. */
  issues?: { path: string; message: string }[];
  /** The message in French, where the host has one; the interface shows it to a French user. */
  fr?: string;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: CallError };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
/** A failed result; a message given in both languages carries its French, typeset, beside the English. */
export const fail = (code: ErrorCode, message: string | Text, issues?: CallError['issues']): Result<never> => {
  const error: CallError = { code, message: typeof message === 'string' ? message : message.en };
  if (issues) error.issues = issues;
  if (typeof message !== 'string') error.fr = typeset('fr', message.fr);
  return { ok: false, error };
};

/** An error a service throws on purpose; the dispatcher turns it into a failed result. */
export class CallFailure extends Error {
  constructor(
    readonly code: ErrorCode,
    /** The message as a { fr, en } text for what a user may read; English only for what only a developer sees. */
    readonly text: string | Text,
    /** Where it went wrong, as dotted paths (a stale edit names the attributes that changed under it). */
    readonly issues?: CallError['issues'],
  ) {
    super(typeof text === 'string' ? text : text.en);
    this.name = 'CallFailure';
  }

  /** The same message in French, for a French interface. */
  get fr(): string | undefined {
    return typeof this.text === 'string' ? undefined : this.text.fr;
  }
}

/** The issue message that marks a conflict as a stale edit: another window changed what the edit was based on. */
export const STALE_ISSUE = 'stale';

/** True for the conflict a stale edit gets; the interface answers it by reloading what it shows. */
export const isStale = (error: CallError): boolean =>
  error.code === 'conflict' && (error.issues ?? []).some((i) => i.message === STALE_ISSUE);
