// Per-window state of the workshop screen that is never saved: the selected card, and whether to focus its title.
import { createStore } from 'zustand/vanilla';

export interface ViewState {
  selectedCardId: string | null;
  /** Set when a card was just created, so its form takes the focus once. */
  focusTitle: boolean;
  select(cardId: string | null, options?: { focusTitle?: boolean }): void;
  titleFocused(): void;
}

export function createViewStore() {
  return createStore<ViewState>()((set) => ({
    selectedCardId: null,
    focusTitle: false,
    select: (selectedCardId, options) => set({ selectedCardId, focusTitle: options?.focusTitle ?? false }),
    titleFocused: () => set({ focusTitle: false }),
  }));
}

export type ViewStore = ReturnType<typeof createViewStore>;
