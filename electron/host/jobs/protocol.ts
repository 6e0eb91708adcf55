// The messages between the host's thread and a job worker: one job in, progress and one answer out.
import type { ExportProgress, ExportRequest } from '../export';
import type { ImportPlan } from '../export/import-plan';

export interface JobRequests {
  /** The workshop is read by the worker itself (its own connection), so this thread neither reads nor copies it. */
  export: { dataDir: string; workshopId: string; request: ExportRequest };
  /** A read-only call on its own connection to the library; answered as the JSON text of its Result. */
  read: { dataDir: string; name: string; input: unknown; validateOutput: boolean };
  /** A workshop file to check, back the library up for, and lay out as rows; the host's thread only writes them. */
  import: { dataDir: string; fileName: string; text: string; now: number };
  /** Folds the write-ahead log into the library file, on the worker's own connection. */
  checkpoint: { dataDir: string };
}
export type JobKind = keyof JobRequests;

export interface JobAnswers {
  export: { fileName: string; mimeType: string; base64: string };
  read: { text: string };
  import: ImportPlan;
  checkpoint: { checkpointed: number };
}

export type JobIn = { [K in JobKind]: { id: number; kind: K; payload: JobRequests[K] } }[JobKind];

export type JobOut =
  | { id: number; type: 'progress'; progress: ExportProgress }
  | { id: number; type: 'done'; value: JobAnswers[JobKind] }
  | { id: number; type: 'failed'; message: string; code?: string; fr?: string };
