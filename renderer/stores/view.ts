// Per-window state of the workshop screen that is never saved: which card is selected.
import { createStore } from 'zustand/vanilla';

export interface ViewState {
  selectedCardId: string | null;
  select(cardId: string | null): void;
}

export function createViewStore() {
  return createStore<ViewState>()((set) => ({
    selectedCardId: null,
    select: (selectedCardId) => set({ selectedCardId }),
  }));
}

export type ViewStore = ReturnType<typeof createViewStore>;
