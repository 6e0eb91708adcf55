// Results that cross the process boundary: never a throw, always a value or a typed error.
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
export const fail = (code: ErrorCode, message: string, issues?: CallError['issues'], fr?: string): Result<never> => {
  const error: CallError = { code, message };
  if (issues) error.issues = issues;
  if (fr) error.fr = fr;
  return { ok: false, error };
};

/** An error a service throws on purpose; the dispatcher turns it into a failed result. */
export class CallFailure extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    /** The same message in French, for a French interface. */
    readonly fr?: string,
    /** Where it went wrong, as dotted paths (a stale edit names the attributes that changed under it). */
    readonly issues?: CallError['issues'],
  ) {
    super(message);
    this.name = 'CallFailure';
  }
}

/** The issue message that marks a conflict as a stale edit: another window changed what the edit was based on. */
export const STALE_ISSUE = 'stale';

/** True for the conflict a stale edit gets; the interface answers it by reloading what it shows. */
export const isStale = (error: CallError): boolean =>
  error.code === 'conflict' && (error.issues ?? []).some((i) => i.message === STALE_ISSUE);
