// Per-window state of the workshop screen that is never saved: the selected card, whether to focus its title or type on it.
import { createStore } from 'zustand/vanilla';

export interface ViewState {
  selectedCardId: string | null;
  /** Set when a card was just created, so its form takes the focus once. */
  focusTitle: boolean;
  /** A card just made on the canvas, open for typing on the card itself. */
  typingCardId: string | null;
  select(cardId: string | null, options?: { focusTitle?: boolean; typeOnCard?: boolean }): void;
  titleFocused(): void;
  typed(): void;
  /** The vote's results shown: the votes panel open here, the ranking beside the room's board. */
  reveal: boolean;
  setReveal(reveal: boolean | ((now: boolean) => boolean)): void;
  /** The strategy chain shown instead of the step's board, here and on the room's screen. */
  map: boolean;
  setMap(map: boolean | ((now: boolean) => boolean)): void;
}

export function createViewStore() {
  return createStore<ViewState>()((set) => ({
    selectedCardId: null,
    focusTitle: false,
    typingCardId: null,
    select: (selectedCardId, options) =>
      set({
        selectedCardId,
        focusTitle: options?.focusTitle ?? false,
        typingCardId: options?.typeOnCard ? selectedCardId : null,
      }),
    titleFocused: () => set({ focusTitle: false }),
    typed: () => set({ typingCardId: null }),
    reveal: false,
    setReveal: (reveal) => set((s) => ({ reveal: typeof reveal === 'function' ? reveal(s.reveal) : reveal })),
    map: false,
    setMap: (map) => set((s) => ({ map: typeof map === 'function' ? map(s.map) : map })),
  }));
}

export type ViewStore = ReturnType<typeof createViewStore>;
