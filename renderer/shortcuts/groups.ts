// The shortcuts shown together (the help's sections, presenter mode's foot), read from the table in its order.
import type { Scope } from './registry';
import { SHORTCUTS, type ShortcutId } from './table';

export interface Pick {
  /** Only those marked for the short list. */
  brief?: boolean;
  /** Leaves out those that also apply in this scope (the vote's own keys, without presenter mode's). */
  without?: Scope;
}

export function idsIn(scope: Scope, pick: Pick = {}): ShortcutId[] {
  return SHORTCUTS.ids.filter((id) => {
    const def = SHORTCUTS.table[id];
    if (!def.scopes.includes(scope) || (pick.without && def.scopes.includes(pick.without))) return false;
    return !pick.brief || def.brief === true;
  });
}

/** The help's sections: the health check drawer's keys are the workshop's, so it has none of its own. */
export const HELP_GROUPS: readonly { scope: Scope; pick?: Pick }[] = [
  { scope: 'workshop' },
  { scope: 'canvas' },
  { scope: 'agenda' },
  { scope: 'presenter' },
  { scope: 'vote', pick: { without: 'presenter' } },
];
