// The open workshop as stored: its data, the undo/redo flags, and every edit sent in order to the host.
import { createStore } from 'zustand/vanilla';
import type { CallError, CallOutput, Result } from '../../../shared/api';
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
import { withAnswer, withCard, withoutCard, withWorkshop } from './apply';

export type Status = 'idle' | 'loading' | 'ready' | 'error';
export interface HistoryFlags {
  canUndo: boolean;
  canRedo: boolean;
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
  createCard(draft: CardDraft): Promise<Result<Card>>;
  updateCard(cardId: string, patch: CardPatch, coalesce?: string): Promise<Result<Card>>;
  setCardField(cardId: string, key: string, value: FieldValue, coalesce?: string): Promise<Result<Card>>;
  deleteCard(cardId: string): Promise<Result<CallOutput<'card.delete'>['value']>>;
  setAnswer(
    step: StepId,
    question: string,
    value: AnswerValue,
    coalesce?: string,
  ): Promise<Result<{ question: string; value: AnswerValue }>>;
  undo(): Promise<Result<WorkshopData>>;
  redo(): Promise<Result<WorkshopData>>;
  /**
   * For feature actions (canvas, votes, agenda...): sends one mutation in turn for the open workshop and
   * applies its value with `apply`. Keeps this store small: each feature writes its actions on top of it.
   */
  run<T>(
    send: (workshopId: string) => Promise<Result<{ value: T; history: HistoryFlags }>>,
    apply: (data: WorkshopData, value: T) => WorkshopData,
  ): Promise<Result<T>>;
  /** For calls that answer the whole workshop (snapshot restore...): sends in turn and replaces everything. */
  runWhole(send: (workshopId: string) => Promise<Result<WorkshopData>>): Promise<Result<WorkshopData>>;
  /** For calls that change data outside the undo history (timer): sends in turn and patches the data. */
  runPlain<T>(send: (workshopId: string) => Promise<Result<T>>, apply: (data: WorkshopData, value: T) => WorkshopData): Promise<Result<T>>;
}

const NO_HISTORY: HistoryFlags = { canUndo: false, canRedo: false };
const notOpen: Result<never> = { ok: false, error: { code: 'not_found', message: 'No workshop is open.' } };

export function createWorkshopStore(client: Client, now: () => number = Date.now) {
  const inOrder = serial();
  let refreshing = false;
  return createStore<WorkshopState>()((set, get) => {
    /** Sends one mutation in turn; applies its value and history flags if the same workshop is still open. */
    function mutate<T>(
      send: (workshopId: string) => Promise<Result<{ value: T; history: HistoryFlags }>>,
      apply: (data: WorkshopData, value: T) => WorkshopData,
    ): Promise<Result<T>> {
      // The workshop is fixed when the edit is made, so an edit still in the queue never lands in another one.
      const { workshopId } = get();
      if (!workshopId) return Promise.resolve(notOpen);
      return inOrder(async () => {
        const result = await send(workshopId);
        if (!result.ok) return result;
        const current = get();
        if (current.workshopId === workshopId && current.data) {
          set({ data: apply(current.data, result.value.value), history: result.value.history });
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
        return result;
      });
    }
    const travel = (name: 'history.undo' | 'history.redo') => whole((workshopId) => client.call(name, { workshopId }));

    function replace(data: WorkshopData): void {
      const { canUndo, canRedo } = data.history;
      set((s) => ({ data, history: { canUndo, canRedo }, status: 'ready', error: null, revision: s.revision + 1 }));
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
      updateWorkshop: (patch) => mutate((workshopId) => client.call('workshop.update', { workshopId, patch }), withWorkshop),
      createCard: (card) => mutate((workshopId) => client.call('card.create', { workshopId, card }), withCard),
      updateCard: (cardId, patch, coalesce) =>
        mutate((workshopId) => client.call('card.update', { workshopId, cardId, patch, coalesce }), withCard),
      setCardField: (cardId, key, value, coalesce) => {
        const before = get().data;
        // The patch is built when the call runs, from the card as the previous edits left it.
        return mutate((workshopId) => {
          const open = get().workshopId === workshopId ? get().data : null;
          const card = (open ?? before)?.cards.find((c) => c.id === cardId);
          const fields = { ...(card?.fields ?? {}), [key]: value };
          return client.call('card.update', { workshopId, cardId, patch: { fields }, coalesce });
        }, withCard);
      },
      deleteCard: (cardId) =>
        mutate(
          (workshopId) => client.call('card.delete', { workshopId, cardId }),
          (data, value) => withoutCard(data, value.cardId, value.linkIds),
        ),
      setAnswer: (step, question, value, coalesce) =>
        mutate(
          (workshopId) => client.call('answer.set', { workshopId, step, question, value, coalesce }),
          (data, answered) => withAnswer(data, step, answered.question, answered.value, now()),
        ),
      undo: () => travel('history.undo'),
      redo: () => travel('history.redo'),
      run: (send, apply) => mutate(send, apply),
      runWhole: (send) => whole(send),
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
