// A small pool of job workers (worker_threads): heavy work leaves the thread that answers calls, so an edit
// made during an export is answered at once. Workers start on first use and do not keep the process alive.
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { CallFailure, type ErrorCode } from '../../../shared/api';
import type { ExportProgress } from '../export';
import type { JobAnswers, JobIn, JobKind, JobOut, JobRequests } from './protocol';

export interface JobPool {
  run<K extends JobKind>(kind: K, payload: JobRequests[K], onProgress?: (p: ExportProgress) => void): Promise<JobAnswers[K]>;
  close(): Promise<void>;
}

/** This module's own file: the TypeScript source (tests, tsx) or a bundle (dist/…/*.cjs or *.mjs). */
function here(): string {
  return typeof __filename === 'string' ? __filename : fileURLToPath(import.meta.url);
}

/** The worker to start: the bundle's sibling `job-worker.*`, or the source through tsx's loader (boot.mjs). */
export function workerSpec(self = here()): { file: string; workerData: Record<string, string> } {
  if (self.endsWith('.ts')) {
    const dir = dirname(self);
    return { file: join(dir, 'boot.mjs'), workerData: { entry: pathToFileURL(join(dir, 'worker.ts')).href } };
  }
  // In the packed app the bundle sits in app.asar; the worker is unpacked beside it (electron-builder.config.mjs).
  const dir = dirname(self).replace(/([\\/])app\.asar(?=[\\/]|$)/, '$1app.asar.unpacked');
  return { file: join(dir, self.endsWith('.cjs') ? 'job-worker.cjs' : 'job-worker.mjs'), workerData: {} };
}

interface Pending {
  resolve(value: unknown): void;
  reject(error: Error): void;
  onProgress?: (p: ExportProgress) => void;
}

interface Slot {
  worker: Worker;
  busy: number;
}

export interface PoolOptions {
  size?: number;
  /** The Electron build of better-sqlite3, for the workers' own read-only connections. */
  nativeBinding?: string;
}

export function createJobPool({ size = Math.max(1, Math.min(2, availableParallelism() - 1)), nativeBinding }: PoolOptions = {}): JobPool {
  const slots: Slot[] = [];
  const pending = new Map<number, Pending & { slot: Slot }>();
  let nextId = 1;

  const settle = (slot: Slot) => {
    slot.busy -= 1;
    if (slot.busy === 0) slot.worker.unref();
  };

  const start = (): Slot => {
    const spec = workerSpec();
    const worker = new Worker(spec.file, { workerData: { ...spec.workerData, nativeBinding }, execArgv: [] });
    const slot: Slot = { worker, busy: 0 };
    worker.unref();
    worker.on('message', (message: JobOut) => {
      const job = pending.get(message.id);
      if (!job) return;
      if (message.type === 'progress') return job.onProgress?.(message.progress);
      pending.delete(message.id);
      settle(slot);
      if (message.type === 'done') job.resolve(message.value);
      else if (message.code)
        job.reject(
          new CallFailure(message.code as ErrorCode, message.fr === undefined ? message.message : { en: message.message, fr: message.fr }),
        );
      else job.reject(new Error(message.message));
    });
    // A worker that dies takes its jobs with it: they fail with a clear message, the next job starts a new worker.
    const lost = (error: Error) => {
      slots.splice(slots.indexOf(slot), 1);
      for (const [id, job] of pending)
        if (job.slot === slot) {
          pending.delete(id);
          job.reject(new Error(`the background worker stopped: ${error.message}`));
        }
    };
    worker.on('error', lost);
    worker.on('exit', (code) => {
      if (slots.includes(slot)) lost(new Error(`exit code ${code}`));
    });
    slots.push(slot);
    return slot;
  };

  const pick = (): Slot => {
    const idle = slots.find((s) => s.busy === 0);
    if (idle) return idle;
    if (slots.length < size) return start();
    return slots.reduce((a, b) => (b.busy < a.busy ? b : a));
  };

  return {
    run(kind, payload, onProgress) {
      const slot = pick();
      const id = nextId++;
      if (slot.busy === 0) slot.worker.ref();
      slot.busy += 1;
      return new Promise((resolve, reject) => {
        pending.set(id, { resolve: resolve as (v: unknown) => void, reject, slot, ...(onProgress ? { onProgress } : {}) });
        slot.worker.postMessage({ id, kind, payload } as JobIn);
      });
    },
    async close() {
      const all = slots.splice(0);
      await Promise.all(all.map((s) => s.worker.terminate()));
    },
  };
}
