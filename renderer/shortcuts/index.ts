// The keyboard shortcut registry: one table, one listener per window, handlers given by the components that own them.
export { SHORTCUTS, type ShortcutId } from './table';
export { shortcuts, installShortcuts } from './instance';
export { useShortcutHandlers, useShortcutScope, type ShortcutHandlers } from './useShortcuts';
export { SCOPE_ATTRIBUTE } from './scope';
export { ariaChord } from './chord';
export { isTypingTarget } from './typing';
export { idsIn } from './groups';
export { KeyList } from './KeyList';
export { ShortcutHelp } from './ShortcutHelp';
export type { Scope } from './registry';
export type { ShortcutContext } from './dispatcher';

import { ariaChord as aria } from './chord';
import { SHORTCUTS as table, type ShortcutId as Id } from './table';

/** The `aria-keyshortcuts` value of a shortcut, from its table entry. */
export function ariaKeys(id: Id): string {
  return table.table[id].keys.map(aria).join(' ');
}
