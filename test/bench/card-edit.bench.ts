// A card edit through the host (contract validation, journal, SQLite commit) vs a raw UPDATE, same run.
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { createHost } from '../../electron/host/host';
import { LIBRARY_FILE } from '../../electron/host/db/open';
import { tempDir } from '../helpers/host';
import { ms, time, timeAsync, type BenchReport } from './harness';

const ITERATIONS = 2_000;

export async function run(): Promise<BenchReport> {
  const dir = tempDir('socle-bench-');
  const host = createHost({ dataDir: dir, mode: 'web', version: 'bench', seed: () => null });
  const created = await host.call('workshop.create', { title: 'Bench' });
  if (!created.ok) throw new Error(created.error.message);
  const workshopId = (created.value as { id: string }).id;
  const cards: string[] = [];
  for (let i = 0; i < 200; i++) {
    const r = await host.call('card.create', { workshopId, card: { step: 'objectives', kind: 'objective', title: `Objective ${i}` } });
    if (!r.ok) throw new Error(r.error.message);
    cards.push((r.value as { value: { id: string } }).value.id);
  }
  const edit = await timeAsync(async (i) => {
    const r = await host.call('card.update', { workshopId, cardId: cards[i % cards.length]!, patch: { x: i, y: i * 2 } });
    if (!r.ok) throw new Error(r.error.message);
  }, ITERATIONS);
  host.close();

  // The baseline: the same database file, the same pragmas, one plain UPDATE per call.
  const raw = new Database(join(dir, LIBRARY_FILE));
  raw.pragma('journal_mode = WAL');
  raw.pragma('synchronous = FULL');
  raw.pragma('foreign_keys = ON');
  const update = raw.prepare('UPDATE cards SET x = ?, y = ?, updated_at = ? WHERE id = ?');
  const baseline = time((i) => update.run(i, i * 2, Date.now(), cards[i % cards.length]), ITERATIONS);
  raw.close();

  const ratio = edit.p95 / baseline.p95;
  return {
    title: 'Card edit: host call vs raw UPDATE (WAL, synchronous=FULL)',
    table: [
      { label: 'card.update through the host', ...edit },
      { label: 'raw better-sqlite3 UPDATE', ...baseline },
    ],
    verdicts: [
      `p95 of an edit: ${ms(edit.p95)} (target under 2 ms): ${edit.p95 < 2 ? 'met' : 'NOT met'}.`,
      `p95 ratio host / raw: ${ratio.toFixed(2)}x (target within 3x): ${ratio <= 3 ? 'met' : 'NOT met'}.`,
    ],
  };
}
