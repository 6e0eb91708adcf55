// Finds the message that concerns one field in a refused call, from its issues or its "path: message" text.
import type { CallError } from '../../../shared/api';

/** `path` is the field's dotted path, e.g. 'fields.target' or 'title'. */
export function issueFor(error: CallError | null | undefined, path: string): string | null {
  if (!error) return null;
  const matches = (p: string) => p === path || p.endsWith(`.${path}`);
  const issue = error.issues?.find((i) => matches(i.path));
  if (issue) return issue.message;
  const parsed = /^([\w.]+): (.+)$/s.exec(error.message);
  if (parsed && matches(parsed[1] ?? '')) return parsed[2] ?? null;
  return null;
}
