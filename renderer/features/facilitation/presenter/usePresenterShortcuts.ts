// Presenter mode's handlers for its shortcuts (declared in shortcuts/table.ts), and its scope: the vote's keys from the
// key that opens the vote on, before React draws again.
import type { RefObject } from 'react';
import { useShortcutHandlers, useShortcutScope, type ShortcutHandlers } from '../../../shortcuts';
import type { PresenterCommand } from '../presenterKeys';

export function usePresenterShortcuts(
  dialog: RefObject<HTMLDialogElement | null>,
  isVoting: () => boolean,
  run: (c: PresenterCommand) => void,
) {
  useShortcutScope(dialog, () => (isVoting() ? 'vote' : 'presenter'));
  const command = (type: Exclude<PresenterCommand['type'], 'digit'>) => (): void => run({ type } as PresenterCommand);
  const handlers: ShortcutHandlers = {
    'presenter.next': command('next'),
    'presenter.previous': command('previous'),
    'presenter.timer': command('toggleTimer'),
    'presenter.spotlightNext': command('spotlightNext'),
    'presenter.spotlightPrevious': command('spotlightPrevious'),
    'presenter.undo': command('undo'),
    'presenter.redo': command('redo'),
    'presenter.vote': command('vote'),
    'presenter.reveal': command('reveal'),
    'presenter.addTime': command('addTime'),
    'presenter.help': command('help'),
    'presenter.leave': command('leave'),
    'vote.digit': ({ event }) => run({ type: 'digit', digit: event.key }),
    'vote.erase': command('backspace'),
    'vote.cast': command('cast'),
    'vote.nextVoter': command('nextVoter'),
    'vote.previousVoter': command('previousVoter'),
    'vote.close': command('closeRound'),
    'vote.end': command('endVote'),
  };
  useShortcutHandlers(handlers);
}
