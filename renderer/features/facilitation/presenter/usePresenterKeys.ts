// Listens to the keyboard while presenter mode is open, except when a form over it (the parking lot) has the keys.
import { useEffect, useRef, type RefObject } from 'react';
import { isTypingTarget } from '../../../ui/shortcuts';
import { presenterCommand, type PresenterCommand } from '../presenterKeys';

export function usePresenterKeys(dialog: RefObject<HTMLDialogElement | null>, isVoting: () => boolean, run: (c: PresenterCommand) => void) {
  const latest = useRef({ isVoting, run });
  useEffect(() => {
    latest.current = { isVoting, run };
  }, [isVoting, run]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const target = event.target instanceof Element ? event.target : null;
      // Keys typed in another dialog opened over presenter mode are that dialog's.
      if (target && dialog.current && !dialog.current.contains(target) && target.closest('dialog')) return;
      if (event.defaultPrevented || isTypingTarget(target as HTMLElement | null)) return;
      const command = presenterCommand(event, latest.current.isVoting());
      if (!command) return;
      event.preventDefault();
      event.stopPropagation();
      latest.current.run(command);
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [dialog]);
}
