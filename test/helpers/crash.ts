// Kills a host in the middle of a stream of edits and checks that every acknowledged edit survived.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { LIBRARY_FILE } from '../../electron/host/db/open';
import { createHost } from '../../electron/host/host';

const root = join(import.meta.dirname, '..', '..');

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
export function crashOnce(dataDir: string, workshopId: string, afterMs: number): Promise<CrashOutcome> {
  // node itself runs the child (tsx as a loader), so SIGKILL hits the process that holds the database.
  const child = spawn(process.execPath, ['--import', 'tsx', join(root, 'test', 'helpers', 'crash-child.ts'), dataDir, workshopId], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let started = false;
  child.stdout.on('data', (c: Buffer) => {
    out += c.toString();
    if (!started && out.includes('ack ')) {
      started = true;
      setTimeout(() => child.kill('SIGKILL'), afterMs);
    }
  });
  let err = '';
  child.stderr.on('data', (c: Buffer) => (err += c.toString()));
  return new Promise((done, fail) => {
    child.on('exit', (_code, signal) => {
      if (signal !== 'SIGKILL') return fail(new Error(`the editing process stopped by itself: ${err}`));
      done(verify(dataDir, workshopId, out));
    });
  });
}

function verify(dataDir: string, workshopId: string, out: string): CrashOutcome {
  // Only complete lines are acknowledgements; a line cut by the kill was never fully said.
  const acks = out
    .split('\n')
    .slice(0, -1)
    .filter((l) => l.startsWith('ack '));
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
