// The app's dispatcher over the app's table: one per window, its listener installed once by the entry point.
import { createDispatcher } from './dispatcher';
import { SHORTCUTS, type ShortcutId } from './table';

export const shortcuts = createDispatcher<ShortcutId>(SHORTCUTS);

/** The window's one keydown listener (called by main.tsx); returns its removal. */
export function installShortcuts(target: Window): () => void {
  return shortcuts.listen(target);
}
