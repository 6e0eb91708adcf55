// Kills a host in the middle of a stream of edits and checks that every acknowledged edit survived.
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { LIBRARY_FILE } from '../../electron/host/db/open';
import { createHost } from '../../electron/host/host';
import { killAfterReady } from './kill-child';

export interface CrashOutcome {
  acknowledged: number;
  lost: string[];
  integrity: string;
}

export async function prepareLibrary(dataDir: string): Promise<string> {
  const host = createHost({ dataDir, mode: 'web', version: 'crash', seed: () => null });
  const r = await host.call('workshop.create', { title: 'Crash' });
  host.close();
  if (!r.ok) throw new Error(r.error.message);
  return (r.value as { id: string }).id;
}

/** Starts the editing child, kills it with SIGKILL after `afterMs`, then checks the library. */
export async function crashOnce(dataDir: string, workshopId: string, afterMs: number): Promise<CrashOutcome> {
  const acks = await killAfterReady('crash-child.ts', [dataDir, workshopId], 'ack ', afterMs, 'editing');
  return verify(dataDir, workshopId, acks);
}

function verify(dataDir: string, workshopId: string, acks: string[]): CrashOutcome {
  const db = new Database(join(dataDir, LIBRARY_FILE));
  const integrity = String(db.pragma('integrity_check', { simple: true }));
  const title = db.prepare('SELECT title FROM cards WHERE id = ?');
  const counter = db.prepare("SELECT value FROM answers WHERE workshop_id = ? AND question = 'context.counter'").get(workshopId) as
    { value: string } | undefined;
  const lost: string[] = [];
  let lastAnswer = 0;
  for (const line of acks) {
    const [, n, what, arg] = line.split(' ');
    if (what === 'create' && !title.get(arg)) lost.push(line);
    if (what === 'update') {
      const row = title.get(arg) as { title: string } | undefined;
      const stored = row ? Number(row.title.replace(/^\D+/, '')) : -1;
      if (!row || stored < Number(n)) lost.push(line);
    }
    if (what === 'answer') lastAnswer = Number(n);
  }
  if (lastAnswer > 0 && (!counter || Number(JSON.parse(counter.value)) < lastAnswer)) lost.push(`answer ${lastAnswer}`);
  db.close();
  return { acknowledged: acks.length, lost, integrity };
}
