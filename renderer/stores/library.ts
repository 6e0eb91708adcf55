// The library screen's data: the workshops (or the trash) matching the search, and the calls that change them.
import { createStore } from 'zustand/vanilla';
import type { CallError, CallInput, Result } from '../../shared/api';
import type { Workshop, WorkshopSummary } from '../../shared/model';
import type { Client } from '../client';

export type LoadStatus = 'idle' | 'loading' | 'ready' | 'error';

export interface LibraryState {
  trash: boolean;
  query: string;
  items: WorkshopSummary[];
  status: LoadStatus;
  error: CallError | null;
  refresh(): Promise<void>;
  setQuery(query: string): Promise<void>;
  setTrash(trash: boolean): Promise<void>;
  create(input: CallInput<'workshop.create'>): Promise<Result<Workshop>>;
  rename(workshopId: string, title: string): Promise<Result<Workshop>>;
  duplicate(workshopId: string): Promise<Result<Workshop>>;
  trashWorkshop(workshopId: string): Promise<Result<Workshop>>;
  restore(workshopId: string): Promise<Result<Workshop>>;
  purge(workshopId: string): Promise<Result<{ purged: true }>>;
}

export function createLibraryStore(client: Client) {
  let latest = 0;
  return createStore<LibraryState>()((set, get) => {
    /** Runs a change, then reloads the list when it worked. */
    const thenRefresh = async <T>(result: Promise<Result<T>>): Promise<Result<T>> => {
      const answer = await result;
      if (answer.ok) await get().refresh();
      return answer;
    };
    return {
      trash: false,
      query: '',
      items: [],
      status: 'idle',
      error: null,
      refresh: async () => {
        const ticket = ++latest;
        const { query, trash } = get();
        set({ status: get().status === 'ready' ? 'ready' : 'loading' });
        const result = await client.call('library.list', { query, trash });
        if (ticket !== latest) return; // a newer search answered or will answer
        if (result.ok) set({ items: result.value, status: 'ready', error: null });
        else set({ status: 'error', error: result.error });
      },
      setQuery: (query) => {
        set({ query });
        return get().refresh();
      },
      setTrash: (trash) => {
        if (trash !== get().trash) set({ trash, items: [], status: 'loading' });
        return get().refresh();
      },
      create: (input) => thenRefresh(client.call('workshop.create', input)),
      rename: async (workshopId, title) => {
        const result = await thenRefresh(client.call('workshop.update', { workshopId, patch: { title } }));
        return result.ok ? { ok: true, value: result.value.value } : result;
      },
      duplicate: (workshopId) => thenRefresh(client.call('workshop.duplicate', { workshopId })),
      trashWorkshop: (workshopId) => thenRefresh(client.call('workshop.delete', { workshopId })),
      restore: (workshopId) => thenRefresh(client.call('workshop.restore', { workshopId })),
      purge: (workshopId) => thenRefresh(client.call('workshop.purge', { workshopId })),
    };
  });
}

export type LibraryStore = ReturnType<typeof createLibraryStore>;
