// One editable value in a form: local draft, debounced save, inline error from the host or from local checks.
import { useEffect, useMemo, useRef, useState } from 'react';
import type { CallError, Result } from '../../../shared/api';
import { createAutosave } from './autosave';

export const SAVE_DELAY_MS = 400;

/** Saves `value`; `shown` is what the field showed before this edit, so the host can refuse a stale one. */
export type Save<V> = (value: V, coalesce: string | undefined, shown: V) => Promise<Result<unknown>>;

export function useAutosave<V>(initial: V, save: Save<V>) {
  const [value, setValue] = useState(initial);
  const [error, setError] = useState<CallError | null>(null);
  const [localError, setLocalError] = useState<string | null>(null);
  const saveRef = useRef(save);
  // What the field showed before the edit being saved: its initial value, then each value it saved.
  const shown = useRef(initial);
  useEffect(() => {
    saveRef.current = save;
  }, [save]);

  const auto = useMemo(
    () =>
      createAutosave<V>({
        delay: SAVE_DELAY_MS,
        save: (v, key) => {
          const before = shown.current;
          shown.current = v;
          void saveRef.current(v, key, before).then((result) => {
            if (!result.ok) shown.current = before;
            setError(result.ok ? null : result.error);
          });
        },
      }),
    [],
  );
  // Leaving the screen (or the card) must not lose what was typed in the last 400 ms.
  useEffect(() => () => auto.flush(), [auto]);

  return {
    value,
    error,
    localError,
    /** A value the control refuses: shown as the field's error, and the partial value typed before it is not saved. */
    setLocalError: (message: string | null) => {
      if (message !== null) auto.drop();
      setLocalError(message);
    },
    change: (next: V) => {
      setValue(next);
      setLocalError(null);
      auto.change(next);
    },
    commit: (next: V) => {
      setValue(next);
      setLocalError(null);
      auto.saveNow(next);
    },
    focus: () => auto.begin(),
    blur: () => auto.flush(),
  };
}
