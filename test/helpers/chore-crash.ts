// Kills a host in the middle of a restore, an import or an export, then checks the library is whole: it opens
// without being set aside, passes SQLite's integrity check, and holds exactly one of the states it could be in.
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { LIBRARY_FILE } from '../../electron/host/db/open';
import { createHost } from '../../electron/host/host';
import { bigWorkshopFile } from '../fixtures/big-workshop-file';
import { killAfterReady } from './kill-child';

export type Chore = 'restore' | 'import' | 'export';

export interface ChoreLibrary {
  dataDir: string;
  /** The argument the child gets: backup names, a .socle path or a workshop id. */
  arg: string;
  /** The workshop titles each acceptable state holds (restore), or the titles before any import. */
  states: string[][];
  /** The cards every imported workshop holds (import): a workshop with fewer is half an import. */
  importCards?: number;
}

/** Cards in the file the import chore imports: enough that an import spends many steps writing. */
export const IMPORT_CARDS = 2_000;

const titles = (db: Database.Database) =>
  (db.prepare('SELECT title FROM workshops ORDER BY title').all() as { title: string }[]).map((r) => r.title);

/** A library with two backups of different content (restore), or a workshop to export or import. */
export async function prepareChore(dataDir: string, chore: Chore, socleFile: string): Promise<ChoreLibrary> {
  const host = createHost({ dataDir, mode: 'web', version: 'crash', seed: () => null, now: () => 1_800_000_000_000 });
  const must = async (name: string, input: unknown) => {
    const r = await host.call(name, input);
    if (!r.ok) throw new Error(r.error.message);
    return r.value as Record<string, unknown>;
  };
  try {
    const first = (await must('workshop.create', { title: 'Before' })) as { id: string };
    // Some weight, so that a restore or an import spends real time writing.
    for (let i = 0; i < 150; i++)
      await must('card.create', {
        workshopId: first.id,
        card: { step: 'context', kind: 'note', title: `card ${i}`, body: 'x'.repeat(3000) },
      });
    const a = (await must('backup.create', {})) as { name: string };
    await must('workshop.create', { title: 'After' });
    const b = (await must('backup.create', {})) as { name: string };
    if (chore === 'restore') return { dataDir, arg: `${a.name},${b.name}`, states: [['Before'], ['After', 'Before']] };
    if (chore === 'export') return { dataDir, arg: first.id, states: [['After', 'Before']] };
    writeFileSync(socleFile, bigWorkshopFile(IMPORT_CARDS));
    return { dataDir, arg: socleFile, states: [['After', 'Before']], importCards: IMPORT_CARDS };
  } finally {
    host.close();
  }
}

export interface ChoreOutcome {
  acknowledged: number;
  /** Imports the kill caught writing (marked unfinished in the library as the kill left it). */
  unfinished: number;
  /** What is wrong with the library after the kill; empty when it is whole. */
  problems: string[];
}

/** Starts the chore child, SIGKILLs it `afterMs` after it is ready, then checks the library. */
export async function killDuringChore(lib: ChoreLibrary, chore: Chore, afterMs: number): Promise<ChoreOutcome> {
  const acks = await killAfterReady('chore-child.ts', [lib.dataDir, chore, lib.arg], 'ready', afterMs, chore);
  const unfinished = chore === 'import' ? marks(lib.dataDir) : 0;
  return { acknowledged: acks.length, unfinished, problems: check(lib, chore, acks) };
}

function check(lib: ChoreLibrary, chore: Chore, acks: string[]): string[] {
  const problems: string[] = [];
  const file = join(lib.dataDir, LIBRARY_FILE);
  if (!existsSync(file)) return ['library.db is missing'];
  const db = new Database(file);
  try {
    const integrity = String(db.pragma('integrity_check', { simple: true }));
    if (integrity !== 'ok') return [`integrity: ${integrity.slice(0, 200)}`];
    const now = titles(db);
    if (chore === 'restore') {
      if (!lib.states.some((s) => JSON.stringify(s) === JSON.stringify(now))) problems.push(`unexpected workshops ${now.join(',')}`);
      const last = acks.at(-1)?.split(' ')[2];
      // The last acknowledged restore holds until the next one is renamed into place, so either state may show,
      // but the library is never empty or mixed.
      if (last && now.length === 0) problems.push(`restored ${last}, found nothing`);
    } else if (chore === 'import') {
      const ids = new Set((db.prepare('SELECT id FROM workshops').all() as { id: string }[]).map((r) => r.id));
      for (const a of acks) if (!ids.has(a.split(' ')[2]!)) problems.push(`lost ${a}`);
    } else if (JSON.stringify(now) !== JSON.stringify(lib.states[0])) problems.push(`export changed the library: ${now.join(',')}`);
  } catch (error) {
    problems.push(`unreadable: ${(error as Error).message}`);
  } finally {
    db.close();
  }
  // The next start must find the library sound: nothing set aside.
  const aside = readdirSync(lib.dataDir).filter((n) => /\.(corrupt|foreign|unreadable)-/.test(n));
  if (aside.length > 0) problems.push(`set aside: ${aside.join(', ')}`);
  if (problems.length === 0) {
    const host = createHost({ dataDir: lib.dataDir, mode: 'web', version: 'crash', seed: () => null });
    if (host.info.notice) problems.push(`notice at the next start: ${host.info.notice}`);
    if (chore === 'import') problems.push(...halfImports(host.store.db, lib.importCards ?? 0));
    host.close();
  }
  return problems;
}

/** Once the library is open again: no workshop holds part of an import, and no import is left marked unfinished. */
function halfImports(db: Database.Database, cards: number): string[] {
  const counts = db
    .prepare(
      "SELECT w.title, (SELECT count(*) FROM cards c WHERE c.workshop_id = w.id) AS n FROM workshops w WHERE w.title NOT IN ('Before', 'After')",
    )
    .all() as { title: string; n: number }[];
  const half = counts.filter((w) => w.n !== cards).map((w) => `half an import: ${w.title} holds ${w.n} of ${cards} cards`);
  const left = unfinishedMarks(db);
  return left > 0 ? [...half, `${left} imports still marked unfinished`] : half;
}

const unfinishedMarks = (db: Database.Database) =>
  db.prepare("SELECT count(*) FROM meta WHERE key LIKE 'import-unfinished:%'").pluck().get() as number;

/** The unfinished marks in the library as a kill left it (read without opening it as the app does). */
function marks(dataDir: string): number {
  const db = new Database(join(dataDir, LIBRARY_FILE));
  try {
    return unfinishedMarks(db);
  } finally {
    db.close();
  }
}
