// The card search's shortcut: Ctrl+F (Cmd+F on a Mac), as a browser's find.
export interface KeyLike {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
}

export const SEARCH_SHORTCUT = 'Control+F Meta+F';

export function isSearchShortcut(e: KeyLike): boolean {
  return (e.ctrlKey || e.metaKey) && !e.shiftKey && !e.altKey && e.key.toLowerCase() === 'f';
}
