// The host's event hub: listeners get every event as (name, payload); writes become `workshop.changed`.
import type { CallName, EventName, EventPayload, RowChange } from '../../shared/api';

export type EventListener = <N extends EventName>(name: N, payload: EventPayload<N>) => void;

export interface EventHub {
  emit<N extends EventName>(name: N, payload: EventPayload<N>): void;
  /** Adds a listener; answers the function that removes it. */
  on(listener: EventListener): () => void;
}

export function createEventHub(): EventHub {
  const listeners = new Set<EventListener>();
  return {
    emit(name, payload) {
      for (const listener of [...listeners]) {
        try {
          listener(name, payload);
        } catch (error) {
          // One broken listener (a closed window, a dropped stream) must not stop the others.
          console.error(`Socle: an ${name} listener failed: ${error instanceof Error ? error.message : String(error)}`);
        }
      }
    },
    on(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/** Calls that only read: they never announce a change. */
const READS = new Set<CallName>([
  'app.info',
  'library.list',
  'workshop.get',
  'snapshot.list',
  'snapshot.compare',
  'backup.list',
  'backup.create',
  'export.run',
  // What the room sees is said, not written: no workshop change.
  'presentation.set',
  'presentation.get',
  // Names the workshop only to read its inbox.
  'room.state',
]);
/** Calls whose answer is the workshop they made. */
const MAKERS = new Set<CallName>(['workshop.create', 'workshop.duplicate', 'workshop.import']);
/** Calls that also write with plain SQL the row tracking does not see: the workshop must be read again. */
const WHOLE = new Set<CallName>(['snapshot.restore', 'workshop.import', 'workshop.purge', 'agenda.update', 'agenda.reorder']);

/** The workshop a successful call wrote, or null when it wrote none (reads, backups). */
export function changedWorkshop(name: CallName, input: unknown, value: unknown): string | null {
  if (READS.has(name) || name.startsWith('backup.')) return null;
  if (MAKERS.has(name)) return (value as { id?: string } | null)?.id ?? null;
  const id = (input as { workshopId?: unknown } | null)?.workshopId;
  return typeof id === 'string' ? id : null;
}

export const readsWhole = (name: CallName, rows: readonly RowChange[]): boolean => WHOLE.has(name) || rows.length === 0;
