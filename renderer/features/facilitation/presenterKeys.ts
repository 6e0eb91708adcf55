// What presenter mode can be asked to do; its keys are declared in shortcuts/table.ts.
export type PresenterCommand =
  | { type: 'next' | 'previous' | 'toggleTimer' | 'addTime' | 'vote' | 'leave' | 'help' | 'undo' | 'redo' | 'park' }
  | { type: 'spotlightNext' | 'spotlightPrevious' | 'reveal' }
  | { type: 'digit'; digit: string }
  | { type: 'backspace' | 'cast' | 'nextVoter' | 'previousVoter' | 'closeRound' | 'endVote' };
