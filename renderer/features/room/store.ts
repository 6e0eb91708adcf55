// The room as the facilitator's window knows it: the host's room state, and whether its dialog is open. Never saved.
import { useStore } from 'zustand';
import { createStore } from 'zustand/vanilla';
import type { CallInput, Result, RoomState } from '../../../shared/api';
import { useServices } from '../../app/ServicesContext';
import type { Client } from '../../client';

type RoomCall =
  'room.open' | 'room.close' | 'room.lock' | 'room.state' | 'room.focus' | 'room.remove' | 'inbox.discard' | 'pulse.launch' | 'pulse.close';

export interface RoomUiState {
  room: RoomState | null;
  dialog: boolean;
  setDialog(open: boolean): void;
  /** Sends a room call and keeps the state it answers. */
  send<N extends RoomCall>(name: N, input: CallInput<N>): Promise<Result<RoomState>>;
  set(room: RoomState): void;
}

export const createRoomUi = (client: Client) =>
  createStore<RoomUiState>()((set) => ({
    room: null,
    dialog: false,
    setDialog: (dialog) => set({ dialog }),
    set: (room) => set({ room }),
    send: async (name, input) => {
      const result = (await client.call(name, input as never)) as Result<RoomState>;
      if (result.ok) set({ room: result.value });
      return result;
    },
  }));

export type RoomUi = ReturnType<typeof createRoomUi>;

// One per app (keyed by its client), without adding a store to the shared services.
const stores = new WeakMap<object, RoomUi>();

export function roomUi(client: Client): RoomUi {
  let store = stores.get(client);
  if (!store) {
    store = createRoomUi(client);
    stores.set(client, store);
  }
  return store;
}

export function useRoom<T>(select: (s: RoomUiState) => T): T {
  return useStore(roomUi(useServices().client), select);
}

/** The room is about this workshop and open or locked. */
export const isLive = (room: RoomState | null, workshopId: string | null): room is RoomState =>
  room !== null && room.status !== 'closed' && room.workshopId === workshopId;
