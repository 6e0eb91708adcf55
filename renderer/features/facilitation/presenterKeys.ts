// The keyboard maps of the workshop screen (F5, Ctrl+Shift+P) and of presenter mode, vote mode included (pure).
export interface KeyLike {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
}

export type ScreenCommand = 'present' | 'park';

/** Keys the workshop screen listens to for the facilitation tools. */
export function screenCommand(e: KeyLike): ScreenCommand | null {
  if (e.key === 'F5' && !e.ctrlKey && !e.metaKey && !e.altKey) return 'present';
  if ((e.ctrlKey || e.metaKey) && e.shiftKey && !e.altKey && e.key.toLowerCase() === 'p') return 'park';
  return null;
}

export type PresenterCommand =
  | { type: 'next' | 'previous' | 'toggleTimer' | 'addTime' | 'vote' | 'leave' | 'help' | 'undo' | 'redo' | 'park' }
  | { type: 'spotlightNext' | 'spotlightPrevious' | 'reveal' }
  | { type: 'digit'; digit: string }
  | { type: 'backspace' | 'cast' | 'nextVoter' | 'previousVoter' | 'closeRound' | 'endVote' };

const NAVIGATION: Record<string, PresenterCommand> = {
  ArrowRight: { type: 'next' },
  PageDown: { type: 'next' },
  ArrowLeft: { type: 'previous' },
  PageUp: { type: 'previous' },
  ' ': { type: 'toggleTimer' },
  ArrowDown: { type: 'spotlightNext' },
  ArrowUp: { type: 'spotlightPrevious' },
};

function withModifier(e: KeyLike): PresenterCommand | null {
  const key = e.key.toLowerCase();
  if (e.altKey) return null;
  if (key === 'z') return { type: e.shiftKey ? 'redo' : 'undo' };
  if (key === 'y' && !e.shiftKey) return { type: 'redo' };
  if (key === 'p' && e.shiftKey) return { type: 'park' };
  return null;
}

/** What a key does in presenter mode; `voting` is true while the keyboard vote is open. */
export function presenterCommand(e: KeyLike, voting: boolean): PresenterCommand | null {
  if (e.ctrlKey || e.metaKey) return withModifier(e);
  if (e.altKey) return null;
  const nav = NAVIGATION[e.key];
  if (nav) return nav;
  if (voting) {
    if (/^[0-9]$/.test(e.key)) return { type: 'digit', digit: e.key };
    if (e.key === 'Backspace') return { type: 'backspace' };
    if (e.key === 'Enter') return { type: 'cast' };
    if (e.key === 'Tab') return { type: e.shiftKey ? 'previousVoter' : 'nextVoter' };
    if (e.key.toLowerCase() === 'c') return { type: 'closeRound' };
    if (e.key === 'Escape' || e.key.toLowerCase() === 'v') return { type: 'endVote' };
    return null;
  }
  if (e.key === 'Escape') return { type: 'leave' };
  if (e.key.toLowerCase() === 'v') return { type: 'vote' };
  if (e.key.toLowerCase() === 'r') return { type: 'reveal' };
  if (e.key === '+' || e.key === '=') return { type: 'addTime' };
  if (e.key === '?' || e.key.toLowerCase() === 'h') return { type: 'help' };
  return null;
}
