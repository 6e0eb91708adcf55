// Debounced saving for one field: typing waits ~400 ms, blur saves at once, one coalesce key per focus session.
export interface AutosaveOptions<V> {
  delay: number;
  save: (value: V, coalesce: string | undefined) => void;
  newKey?: () => string;
  setTimer?: (fn: () => void, ms: number) => unknown;
  clearTimer?: (handle: unknown) => void;
}

export interface Autosave<V> {
  /** A keystroke: saves after the delay, under the current session's coalesce key. */
  change(value: V): void;
  /** A discrete choice (a click): saves now, as its own undo step. */
  saveNow(value: V): void;
  /** Saves what is waiting, if anything (on blur, on leaving the screen). */
  flush(): void;
  /** Forgets the value waiting to be saved (the field now holds one it refuses: an earlier keystroke must not be saved instead). */
  drop(): void;
  /** A new focus session: the next edits form a new undo step. */
  begin(): void;
  pending(): boolean;
}

let counter = 0;
export const sessionKey = (): string => `s${Date.now().toString(36)}${(counter++).toString(36)}`;

export function createAutosave<V>({
  delay,
  save,
  newKey = sessionKey,
  setTimer = (fn, ms) => setTimeout(fn, ms),
  clearTimer = (h) => clearTimeout(h as ReturnType<typeof setTimeout>),
}: AutosaveOptions<V>): Autosave<V> {
  let key: string | null = null;
  let timer: unknown = null;
  let waiting: { value: V } | null = null;

  const cancel = () => {
    if (timer !== null) clearTimer(timer);
    timer = null;
  };
  const flush = () => {
    cancel();
    if (!waiting) return;
    const { value } = waiting;
    waiting = null;
    save(value, key ?? undefined);
  };
  return {
    change: (value) => {
      key ??= newKey();
      waiting = { value };
      cancel();
      timer = setTimer(flush, delay);
    },
    saveNow: (value) => {
      flush();
      save(value, undefined);
    },
    flush,
    drop: () => {
      cancel();
      waiting = null;
    },
    begin: () => {
      flush();
      key = newKey();
    },
    pending: () => waiting !== null,
  };
}
