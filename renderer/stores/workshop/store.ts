// The open workshop as stored: its data, the undo/redo flags, and every edit sent in order to the host.
import { createStore } from 'zustand/vanilla';
import { isStale, type CallError, type CallOutput, type EventPayload, type Result, type RowChange } from '../../../shared/api';
import type {
  AnswerValue,
  Card,
  CardDraft,
  CardPatch,
  FieldValue,
  StepId,
  Workshop,
  WorkshopData,
  WorkshopPatch,
} from '../../../shared/model';
import type { Client } from '../../client';
import { serial } from '../serial';
import { answerOf } from './answers';
import { applyRows } from './rows';

/** The values `holder` has now for the keys `patch` changes. */
const seen = (holder: object, patch: object): Record<string, unknown> =>
  Object.fromEntries(Object.keys(patch).map((k) => [k, (holder as Record<string, unknown>)[k] ?? null]));

export type Status = 'idle' | 'loading' | 'ready' | 'error';
export interface HistoryFlags {
  canUndo: boolean;
  canRedo: boolean;
  /** The edit undo would take back, as this window last heard: undo is refused if another window's edit is on top. */
  undoSeq?: number | null;
}

export interface WorkshopState {
  workshopId: string | null;
  data: WorkshopData | null;
  history: HistoryFlags;
  status: Status;
  error: CallError | null;
  /** Bumps whenever the whole workshop is replaced (load, undo, redo): forms re-read their values. */
  revision: number;
  load(workshopId: string): Promise<Result<WorkshopData>>;
  /**
   * Reads the open workshop again after another window or tab changed it, in turn with this window's own
   * edits (so none of them is overtaken); the screen shows what is stored without a reload.
   */
  refresh(workshopId: string): Promise<void>;
  close(): void;
  updateWorkshop(patch: WorkshopPatch): Promise<Result<Workshop>>;
  /** `coalesce`: cards created under one key within a few seconds are undone together (a paste). */
  createCard(draft: CardDraft, coalesce?: string): Promise<Result<Card>>;
  /** `shown`: what the window showed for the patched attributes (the store's values unless the form says). */
  updateCard(cardId: string, patch: CardPatch, coalesce?: string, shown?: CardPatch): Promise<Result<Card>>;
  setCardField(cardId: string, key: string, value: FieldValue, coalesce?: string, shown?: FieldValue): Promise<Result<Card>>;
  deleteCard(cardId: string): Promise<Result<CallOutput<'card.delete'>['value']>>;
  setAnswer(
    step: StepId,
    question: string,
    value: AnswerValue,
    coalesce?: string,
    shown?: AnswerValue,
  ): Promise<Result<{ question: string; value: AnswerValue }>>;
  undo(): Promise<Result<WorkshopData>>;
  redo(): Promise<Result<WorkshopData>>;
  /**
   * For feature actions (canvas, votes, agenda...): sends one mutation in turn for the open workshop and applies the
   * rows it answers with; `apply` only for the answers whose rows carry no values (the agenda's), else it reads the
   * workshop again. Keeps this store small: each feature writes its actions on top of it.
   */
  run<T>(
    send: (workshopId: string) => Promise<Result<Mutation<T>>>,
    apply?: (data: WorkshopData, value: T) => WorkshopData,
  ): Promise<Result<T>>;
  /** For calls that answer the whole workshop (snapshot restore...): sends in turn and replaces everything. */
  runWhole(send: (workshopId: string) => Promise<Result<WorkshopData>>): Promise<Result<WorkshopData>>;
  /** For calls that change data outside the undo history (timer): sends in turn and patches the data. */
  /**
   * Applies another window's change of the open workshop row by row, in turn with this window's edits; reads the
   * workshop again when the change is `whole` or a row cannot be applied on its own.
   */
  applyChange(change: EventPayload<'workshop.changed'>): Promise<void>;
  runPlain<T>(send: (workshopId: string) => Promise<Result<T>>, apply: (data: WorkshopData, value: T) => WorkshopData): Promise<Result<T>>;
}

/** What a mutation answers: its value, the undo state, and the rows it wrote (applied as they are). */
export interface Mutation<T> {
  value: T;
  history: HistoryFlags;
  rows?: RowChange[];
}

const NO_HISTORY: HistoryFlags = { canUndo: false, canRedo: false };
const notOpen: Result<never> = { ok: false, error: { code: 'not_found', message: 'No workshop is open.' } };

export function createWorkshopStore(
  client: Client,
  /** Told when an edit was refused as stale and the workshop reloaded (to say so in the interface). */
  onStale: (error: CallError) => void = () => undefined,
) {
  const inOrder = serial();
  let refreshing = false;
  return createStore<WorkshopState>()((set, get) => {
    /**
     * Sends one mutation in turn; applies the rows it wrote and its history flags if the same workshop is still open.
     * `apply` is for the rows that cannot be applied on their own (the agenda); without it the workshop is read again.
     */
    function mutate<T>(
      send: (workshopId: string) => Promise<Result<Mutation<T>>>,
      apply?: (data: WorkshopData, value: T) => WorkshopData,
    ): Promise<Result<T>> {
      // The workshop is fixed when the edit is made, so an edit still in the queue never lands in another one.
      const { workshopId } = get();
      if (!workshopId) return Promise.resolve(notOpen);
      return inOrder(async () => {
        const result = await send(workshopId);
        if (!result.ok) {
          // Another window changed what this edit was based on: nothing was overwritten; show what is stored now.
          if (isStale(result.error)) {
            await reload(workshopId);
            onStale(result.error);
          }
          return result;
        }
        const current = get();
        if (current.workshopId === workshopId && current.data) {
          const { value, history, rows } = result.value;
          const applied = rows ? applyRows(current.data, rows) : null;
          if (applied) set({ data: applied, history });
          else if (apply) set({ data: apply(current.data, value), history });
          else await reload(workshopId);
        }
        return { ok: true, value: result.value.value };
      });
    }

    /** Undo, redo and snapshot restore answer the whole workshop: it replaces everything. */
    function whole(send: (workshopId: string) => Promise<Result<WorkshopData>>): Promise<Result<WorkshopData>> {
      return inOrder(async () => {
        const { workshopId } = get();
        if (!workshopId) return notOpen;
        const result = await send(workshopId);
        if (result.ok && get().workshopId === workshopId) replace(result.value);
        if (!result.ok && isStale(result.error)) {
          await reload(workshopId);
          onStale(result.error);
        }
        return result;
      });
    }
    // Undo names the edit this window means to take back: another window's newer edit is not undone behind its back.
    const undo = () =>
      whole((workshopId) => {
        const expected = get().history.undoSeq;
        return client.call('history.undo', expected == null ? { workshopId } : { workshopId, expected });
      });
    const redo = () => whole((workshopId) => client.call('history.redo', { workshopId }));

    async function reload(workshopId: string): Promise<void> {
      const fresh = await client.call('workshop.get', { workshopId });
      if (fresh.ok && get().workshopId === workshopId) replace(fresh.value);
    }

    /** What this window holds now, for the attributes an edit changes: the host refuses the edit if it is stale. */
    const card = (workshopId: string, cardId: string) =>
      (get().workshopId === workshopId ? get().data : null)?.cards.find((c) => c.id === cardId);

    function replace(data: WorkshopData): void {
      const { canUndo, canRedo, undoSeq } = data.history;
      set((s) => ({ data, history: { canUndo, canRedo, undoSeq }, status: 'ready', error: null, revision: s.revision + 1 }));
    }

    return {
      workshopId: null,
      data: null,
      history: NO_HISTORY,
      status: 'idle',
      error: null,
      revision: 0,
      load: (workshopId) => {
        set({ workshopId, data: null, history: NO_HISTORY, status: 'loading', error: null });
        return inOrder(async () => {
          const result = await client.call('workshop.get', { workshopId });
          if (get().workshopId !== workshopId) return result;
          if (result.ok) replace(result.value);
          else set({ status: 'error', error: result.error });
          return result;
        });
      },
      refresh: (workshopId) => {
        if (get().workshopId !== workshopId || refreshing) return Promise.resolve();
        refreshing = true;
        return inOrder(async () => {
          // Taken off before the call: a change announced while it runs asks for one more read.
          refreshing = false;
          if (get().workshopId !== workshopId) return;
          const result = await client.call('workshop.get', { workshopId });
          if (result.ok && get().workshopId === workshopId) replace(result.value);
        });
      },
      close: () => set({ workshopId: null, data: null, history: NO_HISTORY, status: 'idle', error: null }),
      updateWorkshop: (patch) =>
        mutate((workshopId) => {
          const shown = get().data?.workshop;
          const expected = shown ? (seen(shown, patch) as WorkshopPatch) : undefined;
          return client.call('workshop.update', { workshopId, patch, expected });
        }),
      createCard: (card, coalesce) => mutate((workshopId) => client.call('card.create', { workshopId, card, coalesce })),
      updateCard: (cardId, patch, coalesce, shown) =>
        mutate((workshopId) => {
          const held = card(workshopId, cardId);
          const expected = shown ?? (held ? (seen(held, patch) as CardPatch) : undefined);
          return client.call('card.update', { workshopId, cardId, patch, expected, coalesce });
        }),
      // Only the changed field is sent, with the value this window saw (read when the call runs, after the previous
      // edits): another window's edit of another field survives, and one of the same field is never overwritten.
      setCardField: (cardId, key, value, coalesce, shown) =>
        mutate((workshopId) => {
          const held = card(workshopId, cardId);
          const before = shown !== undefined ? shown : held?.fields[key];
          const expected = held || shown !== undefined ? { fields: { [key]: before ?? null } } : undefined;
          return client.call('card.update', { workshopId, cardId, patch: { fields: { [key]: value } }, expected, coalesce });
        }),
      // The answer lists the card's links and votes the host removed with it: they go from the screen too.
      deleteCard: (cardId) => mutate((workshopId) => client.call('card.delete', { workshopId, cardId })),
      setAnswer: (step, question, value, coalesce, shown) =>
        mutate((workshopId) => {
          const held = get().workshopId === workshopId ? (answerOf(get().data, question) ?? null) : undefined;
          const expected = shown !== undefined ? shown : held;
          return client.call('answer.set', { workshopId, step, question, value, expected, coalesce });
        }),
      undo,
      redo,
      run: (send, apply) => mutate(send, apply),
      runWhole: (send) => whole(send),
      applyChange: (change) => {
        const { workshopId } = change;
        if (get().workshopId !== workshopId) return Promise.resolve();
        if (change.whole) return get().refresh(workshopId);
        return inOrder(async () => {
          const current = get();
          if (current.workshopId !== workshopId || !current.data) return;
          const applied = applyRows(current.data, change.rows);
          if (!applied) return reload(workshopId);
          const history = change.history ?? current.history;
          // Forms re-read their values, as when the whole workshop is read again.
          set((s) => ({ data: applied, history, revision: s.revision + 1 }));
        });
      },
      runPlain: (send, apply) => {
        const { workshopId } = get();
        if (!workshopId) return Promise.resolve(notOpen);
        return inOrder(async () => {
          const result = await send(workshopId);
          const current = get();
          if (result.ok && current.workshopId === workshopId && current.data) set({ data: apply(current.data, result.value) });
          return result;
        });
      },
    };
  });
}

export type WorkshopStore = ReturnType<typeof createWorkshopStore>;
