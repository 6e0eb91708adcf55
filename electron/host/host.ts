// The host: the library database and every contract call, in plain Node (no Electron here).
import type { Result } from '../../shared/api';
import type { Language, WorkshopSeed } from '../../shared/model';
import { dailyBackupIfDue } from './backup/backups';
import { restoreBackup } from './backup/restore';
import type { Database } from 'better-sqlite3';
import { lockLibrary } from './db/lock';
import { openLibrary, type OpenOptions } from './db/open';
import { checkDataDir } from './db/preflight';
import { dispatch } from './dispatch';
import { applySeed } from './handlers/seeding';
import type { Context, HostInfo } from './handlers/types';
import { Store } from './store/store';
import { workshopToRow } from './store/mappers';

export interface HostOptions extends OpenOptions {
  dataDir: string;
  mode: 'electron' | 'web';
  version: string;
  /** Seeds for templates and the demo; keyed by template id. */
  seed: (templateId: string, language: Language) => WorkshopSeed | null;
  /** Language of the demo workshop created on the very first start. */
  language?: Language;
  /** Check every answer against the contract's output schema (tests do). */
  validateOutput?: boolean;
  newId?: () => string;
}

export interface Host {
  call(name: string, input: unknown): Result<unknown>;
  readonly info: HostInfo;
  readonly store: Store;
  close(): void;
}

export const DEMO_TEMPLATE = 'demo';

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
  const store = new Store(db, now, options.newId);
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
  const ctx: Context = {
    store,
    info,
    seed: options.seed,
    restoreLibrary: (name) => {
      const { opened: reopened, safety } = restoreBackup(db, options.dataDir, name, now(), options);
      db = reopened.db;
      ctx.store = new Store(db, now, options.newId);
      return safety;
    },
  };
  return {
    call: (name, input) => dispatch(ctx, name, input, options.validateOutput),
    info,
    get store() {
      return ctx.store;
    },
    close: () => {
      if (db.open) db.close();
      lock.release();
    },
  };
}
