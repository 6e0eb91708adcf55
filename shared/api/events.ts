// The events of the contract: what the host (or main) tells every window, each a name and a zod payload.
// Adding an event is one entry here plus its name in EVENT_NAMES; both directions are checked at compile time.
import { z } from 'zod';
import { Id } from '../model';
import { EXPORT_FORMATS } from '../document/formats';
import { APP_COMMANDS, type EventName } from './names';
import { Presentation } from './presentation';
import { RowChange } from './rows';
import { RoomState } from './room';

export { CHANGED_TABLES, RowChange, type ChangedTable } from './rows';

export const events = {
  /** A workshop was written: which rows, by which client (window or tab), and the host's new revision. */
  'workshop.changed': z.object({
    workshopId: Id,
    /** The call that wrote, e.g. `card.update`. */
    call: z.string().max(64),
    rows: z.array(RowChange),
    /** True when the rows are not known one by one (undo, restore, import): read the workshop again. */
    whole: z.boolean(),
    /** The workshop's undo state after the change, so another window's Undo knows what is on top. */
    history: z.object({ canUndo: z.boolean(), canRedo: z.boolean(), undoSeq: z.number().int().nullable() }).optional(),
    /** The client that made the call, so it can skip its own echo; null for the host itself. */
    by: z.string().max(64).nullable(),
    /** Increases with every change the host makes, across workshops. */
    revision: z.number().int().nonnegative(),
  }),
  /** How far a running export is, from 0 to total. */
  'export.progress': z.object({
    workshopId: Id,
    format: z.enum(EXPORT_FORMATS),
    done: z.number().int().nonnegative(),
    total: z.number().int().positive(),
  }),
  /** A menu command for the window (Undo, Redo, Export, Open recent, presenter…). */
  'app.command': z.object({
    command: z.enum(APP_COMMANDS),
    /** The workshop an open-recent command shows. */
    workshopId: Id.optional(),
  }),
  /** A `.socle` file was opened (menu, Finder, command line): the window shows its workshop. */
  'file.opened': z.object({ workshopId: Id, path: z.string().max(4096) }),
  /** What the room's screen shows changed (step, spotlight, vote reveal): audience windows follow. */
  'presentation.changed': Presentation,
  /** The room changed: someone joined or left, an idea arrived, the quick question got an answer, it opened or closed. */
  'room.changed': RoomState,
} satisfies Record<EventName, z.ZodType>;

export type Events = typeof events;
export type EventPayload<N extends EventName> = z.output<Events[N]>;

/** Checks a payload against its event's schema; answers it parsed, or null. */
export function parseEvent<N extends EventName>(name: N, payload: unknown): EventPayload<N> | null {
  const parsed = events[name].safeParse(payload);
  return parsed.success ? (parsed.data as EventPayload<N>) : null;
}

type MissingEventSchemas = Exclude<EventName, keyof Events>;
type MissingEventNames = Exclude<keyof Events, EventName>;
const exhaustive: [MissingEventSchemas, MissingEventNames] extends [never, never] ? true : false = true;
void exhaustive;
