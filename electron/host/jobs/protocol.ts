// The messages between the host's thread and a job worker: one job in, progress and one answer out.
import type { ExportProgress, ExportRequest, ExportSource } from '../export';

export interface JobRequests {
  export: { data: ExportSource; request: ExportRequest };
}
export type JobKind = keyof JobRequests;

export interface JobAnswers {
  export: { fileName: string; mimeType: string; bytes: Uint8Array };
}

export type JobIn = { [K in JobKind]: { id: number; kind: K; payload: JobRequests[K] } }[JobKind];

export type JobOut =
  | { id: number; type: 'progress'; progress: ExportProgress }
  | { id: number; type: 'done'; value: JobAnswers[JobKind] }
  | { id: number; type: 'failed'; message: string; code?: string; fr?: string };
