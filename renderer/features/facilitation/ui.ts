// Which facilitation overlay is open (presenter mode, a tool's dialog, the quick parking form): window state, never saved.
import { useStore } from 'zustand';
import { createStore } from 'zustand/vanilla';
import { useServices } from '../../app/ServicesContext';

export type Overlay = 'presenter' | 'participants' | 'parking' | 'snapshots' | 'case';

export interface FacilitationUiState {
  overlay: Overlay | null;
  /** The quick "park an idea" form opens over anything, presenter mode included. */
  parking: boolean;
  open(overlay: Overlay | null): void;
  setParking(open: boolean): void;
}

export const createFacilitationUi = () =>
  createStore<FacilitationUiState>()((set) => ({
    overlay: null,
    parking: false,
    open: (overlay) => set({ overlay }),
    setParking: (parking) => set({ parking }),
  }));

export type FacilitationUi = ReturnType<typeof createFacilitationUi>;

// One per app (keyed by its workshop store), without adding a store to the shared services.
const stores = new WeakMap<object, FacilitationUi>();

export function facilitationUi(owner: object): FacilitationUi {
  let store = stores.get(owner);
  if (!store) {
    store = createFacilitationUi();
    stores.set(owner, store);
  }
  return store;
}

export function useFacilitationUi<T>(select: (s: FacilitationUiState) => T): T {
  return useStore(facilitationUi(useServices().workshop), select);
}
