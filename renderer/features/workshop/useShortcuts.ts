// Ctrl/Cmd+Z undo, Ctrl/Cmd+Shift+Z and Ctrl+Y redo, Esc deselects; text fields and dialogs keep their own keys.
import { useEffect } from 'react';
import { isTypingTarget, shortcutFor } from '../../ui/shortcuts';

export interface ShortcutActions {
  undo(): void;
  redo(): void;
  escape(): void;
}

export function useShortcuts(actions: ShortcutActions): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || document.querySelector('dialog[open]')) return;
      if (isTypingTarget(event.target as HTMLElement | null)) return;
      if (event.key === 'Escape') return actions.escape();
      const shortcut = shortcutFor(event);
      if (!shortcut) return;
      event.preventDefault();
      actions[shortcut]();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [actions]);
}
