// One editable value in a form: local draft, debounced save, inline error from the host or from local checks.
import { useEffect, useMemo, useRef, useState } from 'react';
import type { CallError, Result } from '../../../shared/api';
import { createAutosave } from './autosave';

export const SAVE_DELAY_MS = 400;

export type Save<V> = (value: V, coalesce: string | undefined) => Promise<Result<unknown>>;

export function useAutosave<V>(initial: V, save: Save<V>) {
  const [value, setValue] = useState(initial);
  const [error, setError] = useState<CallError | null>(null);
  const [localError, setLocalError] = useState<string | null>(null);
  const saveRef = useRef(save);
  useEffect(() => {
    saveRef.current = save;
  }, [save]);

  const auto = useMemo(
    () =>
      createAutosave<V>({
        delay: SAVE_DELAY_MS,
        save: (v, key) => {
          void saveRef.current(v, key).then((result) => setError(result.ok ? null : result.error));
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
    setLocalError,
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
