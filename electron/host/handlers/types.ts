// What a handler is: a function from a validated input to an output, given the host's context.
import type { CallArgs, CallName, CallOutput } from '../../../shared/api';
import type { BackupInfo, Language, WorkshopSeed } from '../../../shared/model';
import type { Room } from '../room/room';
import type { ExportFormat, ExportProgress } from '../export';
import type { JobPool } from '../jobs/pool';
import type { Store } from '../store/store';

/** An export's progress, as the host reports it (the `export.progress` event carries it). */
export interface ExportProgressReport extends ExportProgress {
  workshopId: string;
  format: ExportFormat;
}

export interface HostInfo {
  version: string;
  dataDir: string;
  mode: 'electron' | 'web';
  notice: string | null;
  noticeCode: 'corrupt' | 'foreign' | 'unreadable' | null;
  setAside: string | null;
}

export interface Context {
  store: Store;
  info: HostInfo;
  /** The content a template (or the demo) starts a workshop with; null for an unknown id. */
  seed: (templateId: string, language: Language) => WorkshopSeed | null;
  /** Replaces the library with a backup (after backing up the current one); answers that safety copy. */
  restoreLibrary: (backupName: string) => BackupInfo;
  /** The room participants join from their phones (closed unless the facilitator opened it). */
  room: Room;
  /** Worker threads for heavy work (exports); without them it runs on the calling thread. */
  jobs?: JobPool;
  /** Told how far each export is. */
  onExportProgress?: (report: ExportProgressReport) => void;
}

/** A handler answers at once or with a promise (exports, imports); the dispatcher awaits either. */
export type Handler<N extends CallName> = (args: CallArgs<N>, ctx: Context) => CallOutput<N> | Promise<CallOutput<N>>;
export type Handlers = { [N in CallName]: Handler<N> };
