// Short-lived toasts and the host's standing notice (e.g. a damaged library set aside at start).
import { createStore } from 'zustand/vanilla';

export type Tone = 'info' | 'success' | 'error';

export interface Toast {
  id: number;
  tone: Tone;
  message: string;
}

export interface NoticesState {
  toasts: Toast[];
  hostNotice: string | null;
  push(tone: Tone, message: string): number;
  dismiss(id: number): void;
  setHostNotice(notice: string | null): void;
}

/** Beyond this many, the oldest toast goes: a projector screen is not a log. */
export const MAX_TOASTS = 4;

export function createNoticesStore() {
  let nextId = 1;
  return createStore<NoticesState>()((set) => ({
    toasts: [],
    hostNotice: null,
    push: (tone, message) => {
      const id = nextId++;
      set((s) => ({ toasts: [...s.toasts, { id, tone, message }].slice(-MAX_TOASTS) }));
      return id;
    },
    dismiss: (id) => set((s) => ({ toasts: s.toasts.filter((t) => t.id !== id) })),
    setHostNotice: (hostNotice) => set({ hostNotice }),
  }));
}

export type NoticesStore = ReturnType<typeof createNoticesStore>;
