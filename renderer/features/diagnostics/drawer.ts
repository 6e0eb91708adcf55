// Whether the diagnostics drawer is open: per-window view state shared by the score button, the shortcut and the side panel.
import { createStore } from 'zustand/vanilla';
import { useStore } from 'zustand';

export interface DrawerState {
  open: boolean;
  setOpen(open: boolean): void;
  toggle(): void;
}

export const drawerStore = createStore<DrawerState>()((set) => ({
  open: false,
  setOpen: (open) => set({ open }),
  toggle: () => set((s) => ({ open: !s.open })),
}));

export const useDrawer = <T>(select: (s: DrawerState) => T): T => useStore(drawerStore, select);
