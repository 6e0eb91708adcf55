// Optimistic concurrency for edits: a caller says what it saw before its edit (`expected`), and a write based on a
// stale view is refused with a typed conflict instead of silently overwriting another window's edit.
import { CallFailure, STALE_ISSUE } from '../../../shared/api';
import type { Text } from '../../../shared/text';

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/** The dotted paths where `current` no longer holds what the caller expected; `fields` is compared key by key. */
export function stalePaths(current: Record<string, unknown>, expected: Record<string, unknown> | undefined): string[] {
  if (!expected) return [];
  const paths: string[] = [];
  for (const [key, value] of Object.entries(expected)) {
    if (key === 'fields' && value && typeof value === 'object' && !Array.isArray(value)) {
      const fields = (current.fields ?? {}) as Record<string, unknown>;
      for (const [field, seen] of Object.entries(value)) if (!same(fields[field], seen)) paths.push(`fields.${field}`);
    } else if (!same(current[key], value)) paths.push(key);
  }
  return paths;
}

/** Throws the stale conflict when another window changed what this edit was based on; `what` says so ("This card was changed"). */
export function refuseStale(what: Text, current: Record<string, unknown>, expected?: Record<string, unknown>): void {
  const paths = stalePaths(current, expected);
  if (paths.length === 0) return;
  throw new CallFailure(
    'conflict',
    {
      en: `${what.en} in another window: what it holds now is shown again, and nothing was overwritten.`,
      fr: `${what.fr} dans une autre fenêtre : son contenu actuel est affiché à nouveau, et rien n’a été écrasé.`,
    },
    paths.map((path) => ({ path, message: STALE_ISSUE })),
  );
}
