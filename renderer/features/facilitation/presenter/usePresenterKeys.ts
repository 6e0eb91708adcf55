// Listens to the keyboard while presenter mode is open, except when a form over it (the parking lot) has the keys.
import { useEffect, useRef, type RefObject } from 'react';
import { isTypingTarget } from '../../workshop/shortcuts';
import { presenterCommand, type PresenterCommand } from '../presenterKeys';

export function usePresenterKeys(dialog: RefObject<HTMLDialogElement | null>, voting: boolean, run: (c: PresenterCommand) => void) {
  const latest = useRef({ voting, run });
  useEffect(() => {
    latest.current = { voting, run };
  }, [voting, run]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const target = event.target instanceof Element ? event.target : null;
      // Keys typed in another dialog opened over presenter mode are that dialog's.
      if (target && dialog.current && !dialog.current.contains(target) && target.closest('dialog')) return;
      if (event.defaultPrevented || isTypingTarget(target as HTMLElement | null)) return;
      const command = presenterCommand(event, latest.current.voting);
      if (!command) return;
      event.preventDefault();
      event.stopPropagation();
      latest.current.run(command);
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [dialog]);
}
