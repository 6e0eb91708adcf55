// Ctrl+F (Cmd+F) opens the card search anywhere in the workshop screen, in a text field too, as a browser's find does.
import { useEffect } from 'react';
import { isSearchShortcut } from './shortcut';

export function useSearchShortcut(open: () => void): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      // The open search handles its own Ctrl+F (it selects the query).
      if (event.defaultPrevented || !isSearchShortcut(event)) return;
      // Presenter mode and the other dialogs keep the keyboard; the health check drawer gives way, as it does to a finding.
      const other = [...document.querySelectorAll('dialog[open]')].some((d) => !d.classList.contains('diag-drawer'));
      if (other) return;
      event.preventDefault();
      open();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [open]);
}
