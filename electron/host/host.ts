// The host: the library database and every contract call, in plain Node (no Electron here).
import { randomUUID } from 'node:crypto';
import type { EventPayload, Result } from '../../shared/api';
import { changedWorkshop, createEventHub, readsWhole, type EventHub } from './events';
import type { Language, WorkshopSeed } from '../../shared/model';
import { dailyBackupIfDue } from './backup/backups';
import { restoreBackup } from './backup/restore';
import type { Database } from 'better-sqlite3';
import { lockLibrary } from './db/lock';
import { openLibrary, type OpenOptions } from './db/open';
import { checkDataDir } from './db/preflight';
import { dispatch, isCallName } from './dispatch';
import type { GuestMeta } from './room/guest-calls';
import { dispatchGuest } from './room/guest-dispatch';
import { pendingIdeas } from './room/inbox';
import { Room, type RoomNetwork } from './room/room';
import { applySeed } from './handlers/seeding';
import type { Context, HostInfo } from './handlers/types';
import type { JobPool } from './jobs/pool';
import { OFF_THREAD_READS } from './jobs/read';
import { rowChanges } from './store/entities';
import { Store } from './store/store';
import { workshopToRow } from './store/mappers';

const ROOM_EVENT_MS = 100;

export interface HostOptions extends OpenOptions {
  dataDir: string;
  mode: 'electron' | 'web';
  version: string;
  /** Seeds for templates and the demo; keyed by template id. */
  seed: (templateId: string, language: Language) => WorkshopSeed | null;
  /** Language of the demo workshop created on the very first start. */
  language?: Language;
  /** Check every answer against the contract's output schema: development and tests do, production does not. */
  validateOutput?: boolean;
  newId?: () => string;
  /** The participants' listener; without it the room cannot be opened (the call says so). */
  roomNetwork?: RoomNetwork;
  /** Worker threads for exports (the browser mode passes a pool); closed with the host. */
  jobs?: JobPool;
  onExportProgress?: Context['onExportProgress'];
}

export interface Host {
  /**
   * Every call answers with a promise of a Result, never a throw. `from` names the window or tab that
   * made it; a call that writes a workshop then announces `workshop.changed` with that id as `by`.
   */
  call(name: string, input: unknown, from?: CallOrigin): Promise<Result<unknown>>;
  /** The same answer as JSON text; a big read is answered (and serialised) on a job worker when there is a pool. */
  callText(name: string, input: unknown, from?: CallOrigin): Promise<string>;
  /** Every event the host sends: `workshop.changed` after each write, `export.progress` while exporting. */
  readonly events: EventHub;
  /** A participant's call, from the room's listener: only the guest contract answers here. */
  guest(name: string, input: unknown, meta: GuestMeta): Promise<Result<unknown>>;
  readonly room: Room;
  readonly info: HostInfo;
  readonly store: Store;
  close(): void;
}

export interface CallOrigin {
  clientId?: string | null;
}

export const DEMO_TEMPLATE = 'demo';

/** From this many cards a workshop is read on a job worker: below, the round trip costs more than the read. */
export const BIG_READ_CARDS = 2_000;

function isBigRead(store: Store, input: unknown): boolean {
  const workshopId = (input as { workshopId?: unknown } | null)?.workshopId;
  if (typeof workshopId !== 'string') return false;
  const row = store.rows.all('SELECT count(*) AS n FROM cards WHERE workshop_id = @id', { id: workshopId })[0] as { n: number } | undefined;
  return (row?.n ?? 0) >= BIG_READ_CARDS;
}

function seedDemoOnce(store: Store, options: HostOptions): void {
  const flag = store.rows.all("SELECT value FROM meta WHERE key = 'demo_seeded'");
  if (flag.length > 0) return;
  const language = options.language ?? 'fr';
  const seed = options.seed(DEMO_TEMPLATE, language);
  store.transaction(() => {
    if (seed) {
      const now = store.now();
      const id = store.newId();
      store.rows.put(
        'workshops',
        workshopToRow({
          id,
          title: seed.title,
          organisation: seed.organisation,
          sector: seed.sector,
          date: null,
          language,
          template: DEMO_TEMPLATE,
          createdAt: now,
          updatedAt: now,
          deletedAt: null,
        }),
      );
      applySeed(store, id, seed);
    }
    store.rows.run("INSERT INTO meta (key, value) VALUES ('demo_seeded', '1')");
  });
}

/** The daily backup never stops a start (a full disk, say): the library itself is fine, and the user is told. */
function dailyBackup(db: Database, dataDir: string, now: number): string | null {
  try {
    dailyBackupIfDue(db, dataDir, now);
    return null;
  } catch (error) {
    return `The daily backup could not be written: ${(error as Error).message}`;
  }
}

export function createHost(options: HostOptions): Host {
  // The lock comes first: a second process must not even look at (let alone set aside) a library in use.
  checkDataDir(options.dataDir);
  const lock = lockLibrary(options.dataDir, options.nativeBinding);
  let opened;
  try {
    opened = openLibrary(options.dataDir, options);
  } catch (error) {
    lock.release();
    throw error;
  }
  const now = options.now ?? Date.now;
  let db = opened.db;
  const store = new Store(db, now, options.newId, options.migrations);
  seedDemoOnce(store, options);
  const backupTrouble = dailyBackup(db, options.dataDir, now());
  const info: HostInfo = {
    version: options.version,
    dataDir: options.dataDir,
    mode: options.mode,
    notice: opened.notice ? `${opened.notice.message} (${opened.notice.setAside})` : backupTrouble,
    noticeCode: opened.notice ? opened.notice.problem : null,
    setAside: opened.notice?.setAside ?? null,
  };
  const events = createEventHub();
  const ctx: Context = {
    store,
    // The store is read when asked: a restored backup replaces it.
    room: new Room(now, options.newId ?? (() => randomUUID()), options.roomNetwork ?? null, (id) => pendingIdeas(ctx.store, id)),
    info,
    seed: options.seed,
    restoreLibrary: (name) => {
      const { opened: reopened, safety } = restoreBackup(db, options.dataDir, name, now(), options);
      db = reopened.db;
      ctx.store = new Store(db, now, options.newId, options.migrations);
      return safety;
    },
    ...(options.jobs ? { jobs: options.jobs } : {}),
    // Every export's progress goes out as `export.progress` (in hundredths), and to the option's listener.
    onExportProgress: (report) => {
      options.onExportProgress?.(report);
      const { workshopId, format, fraction } = report;
      events.emit('export.progress', { workshopId, format, done: Math.round(fraction * 100), total: 100 });
    },
  };
  let revision = 0;
  const workshopIds = () => ctx.store.rows.all('SELECT id FROM workshops').map((r) => String(r.id));
  async function call(name: string, input: unknown, from?: CallOrigin): Promise<Result<unknown>> {
    ctx.store.rows.takeTouched();
    const before = name === 'backup.restore' ? workshopIds() : [];
    const result = await dispatch(ctx, name, input, options.validateOutput);
    const touched = ctx.store.rows.takeTouched();
    // Undo and redo of an accepted idea move it in or out of the inbox: windows hear it with the room's state.
    if (touched.some((t) => t.table === 'inbox')) ctx.room.changed();
    if (!result.ok || !isCallName(name)) return result;
    if (name === 'presentation.set') events.emit('presentation.changed', result.value as EventPayload<'presentation.changed'>);
    const by = from?.clientId ?? null;
    if (name === 'backup.restore') {
      // The whole library was replaced: every window reads its workshop (and the library) again.
      for (const workshopId of new Set([...before, ...workshopIds()])) {
        revision += 1;
        events.emit('workshop.changed', { workshopId, call: name, rows: [], whole: true, by, revision });
      }
      return result;
    }
    const workshopId = changedWorkshop(name, input, result.value);
    if (!workshopId) return result;
    const rows = rowChanges(touched);
    const answer = result.value as { history?: EventPayload<'workshop.changed'>['history'] } | null;
    revision += 1;
    const flags = answer?.history;
    const history = flags ? { canUndo: flags.canUndo, canRedo: flags.canRedo, undoSeq: flags.undoSeq ?? null } : undefined;
    events.emit('workshop.changed', {
      workshopId,
      call: name,
      rows,
      whole: readsWhole(name, rows),
      by,
      revision,
      ...(history ? { history } : {}),
    });
    // A mutation's answer lists the rows it wrote, side effects included, so the window applies them as they are.
    return answer?.history ? { ok: true, value: { ...answer, rows } } : result;
  }
  /** A participant's call; what it writes (a vote, an objection card) is announced like any other write. */
  async function guest(name: string, input: unknown, meta: GuestMeta): Promise<Result<unknown>> {
    ctx.store.rows.takeTouched();
    const result = await dispatchGuest(ctx, name, input, meta);
    // An idea only writes the inbox, which the room's state announces: no workshop change to tell.
    const rows = rowChanges(ctx.store.rows.takeTouched());
    const workshopId = ctx.room.workshopId;
    if (result.ok && rows.length > 0 && workshopId) {
      revision += 1;
      events.emit('workshop.changed', { workshopId, call: name, rows, whole: false, by: null, revision });
    }
    return result;
  }
  // A busy room changes many times a second: windows get its state at most every ROOM_EVENT_MS.
  let roomTimer: ReturnType<typeof setTimeout> | null = null;
  ctx.room.subscribe(() => {
    roomTimer ??= setTimeout(() => {
      roomTimer = null;
      events.emit('room.changed', ctx.room.state());
    }, ROOM_EVENT_MS);
  });
  return {
    call,
    callText: async (name, input, from) => {
      // A big read only reads: no event to announce, so the worker's answer is the whole answer.
      if (options.jobs && OFF_THREAD_READS.has(name) && isBigRead(ctx.store, input)) {
        const read = { dataDir: options.dataDir, name, input, validateOutput: options.validateOutput ?? false };
        return (await options.jobs.run('read', read)).text;
      }
      return JSON.stringify(await call(name, input, from));
    },
    events,
    guest,
    room: ctx.room,
    info,
    get store() {
      return ctx.store;
    },
    close: () => {
      ctx.room.close();
      if (roomTimer) clearTimeout(roomTimer);
      void options.jobs?.close();
      if (db.open) db.close();
      lock.release();
    },
  };
}
