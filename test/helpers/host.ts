// Test helpers: a host on a fresh temporary library, and typed calls that fail loudly.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CallInput, CallName, CallOutput, Result } from '../../shared/api';
import type { WorkshopSeed } from '../../shared/model';
import { createHost, type Host, type HostOptions } from '../../electron/host/host';

export function tempDir(prefix = 'socle-test-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

export const emptySeed = (): WorkshopSeed | null => null;

export function makeHost(dataDir = tempDir(), options: Partial<HostOptions> = {}): Host & { dataDir: string; dispose(): void } {
  const host = createHost({ dataDir, mode: 'web', version: '0.0.0-test', seed: emptySeed, validateOutput: true, ...options });
  // Keep the host object itself: its store is a getter that follows a restored library.
  return Object.assign(host, {
    dataDir,
    dispose() {
      host.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  });
}

/** Calls and returns the value, throwing with the error message when the call failed. */
export async function must<N extends CallName>(host: Pick<Host, 'call'>, name: N, input: CallInput<N>): Promise<CallOutput<N>> {
  const result = (await host.call(name, input)) as Result<CallOutput<N>>;
  if (!result.ok) throw new Error(`${name} failed: ${result.error.code} ${result.error.message}`);
  return result.value;
}

/** Everything stored, as one comparable value (to prove a refused call changed nothing). */
export function dump(host: Pick<Host, 'store'>): string {
  const tables = ['workshops', 'cards', 'links', 'participants', 'answers', 'history'];
  return JSON.stringify(tables.map((t) => host.store.db.prepare(`SELECT * FROM ${t} ORDER BY rowid`).all()));
}

/** Runs an async step for each item, one after the other, and returns their answers in order. */
export async function inOrder<T, R>(items: readonly T[], step: (item: T) => Promise<R>): Promise<R[]> {
  const out: R[] = [];
  for (const item of items) out.push(await step(item));
  return out;
}
