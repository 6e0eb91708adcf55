// The health check's shortcut: Ctrl+Shift+D (Cmd+Shift+D on a Mac) opens and closes the drawer.
export interface KeyLike {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
}

export const DIAGNOSTICS_SHORTCUT = 'Control+Shift+D';

export function isDiagnosticsShortcut(e: KeyLike): boolean {
  return (e.ctrlKey || e.metaKey) && e.shiftKey && !e.altKey && e.key.toLowerCase() === 'd';
}
