// A big import is written in short steps: the workshop is not listed until its last row is in, another client's edit
// is answered while it writes, and a library left mid-import (what a kill leaves) opens without the half workshop.
import { copyFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import type { EventPayload } from '../../../shared/api';
import { LIBRARY_FILE } from '../../../electron/host/db/open';
import { createJobPool } from '../../../electron/host/jobs/pool';
import { bigWorkshopFile } from '../../fixtures/big-workshop-file';
import { makeHost, must, tempDir } from '../../helpers/host';

const CARDS = 3_000;
const text = bigWorkshopFile(CARDS);
const hosts: ReturnType<typeof makeHost>[] = [];
afterEach(() => {
  for (const h of hosts.splice(0)) h.dispose();
});

function host(pool: boolean) {
  const h = makeHost(undefined, pool ? { jobs: createJobPool({ size: 1 }) } : {});
  hosts.push(h);
  return h;
}

const count = (db: Database.Database, sql: string) => (db.prepare(sql).pluck().get() as number) ?? 0;
const unfinished = (db: Database.Database) => count(db, "SELECT count(*) FROM meta WHERE key LIKE 'import-unfinished:%'");

/** A millisecond's pause: this thread sleeps, as a real one does between requests, and the job worker gets to run. */
const tick = () => new Promise((r) => setTimeout(r, 1));

/** Waits until `ready` holds (the import has written some rows, not all); fails if the import ends first. */
async function whileWriting(importing: { done: boolean }, ready: () => boolean) {
  while (!importing.done && !ready()) await tick();
  if (importing.done) throw new Error('the import ended before it was seen writing');
}

describe('an import written in steps', () => {
  it.each([
    ['on the job pool', true],
    ['on the host thread', false],
  ])('is not listed until its last row is in, then lists whole (%s)', async (_, pool) => {
    const h = host(pool);
    const mine = await must(h, 'workshop.create', { title: 'Mine' });
    const importing = { done: false };
    const call = h.call('workshop.import', { fileName: 'big.socle', text }).finally(() => (importing.done = true));
    const partial = new Set<number>();
    while (!importing.done) {
      const cards = count(h.store.db, `SELECT count(*) FROM cards WHERE workshop_id <> '${mine.id}'`);
      // Whatever the import has written so far, the library shows the workshop that was there, and the new one only whole.
      const listed = await must(h, 'library.list', {});
      expect(listed.find((w) => w.id === mine.id)).toBeDefined();
      for (const w of listed) if (w.id !== mine.id) expect(w.cardCount).toBe(CARDS);
      if (cards > 0 && cards < CARDS) {
        expect(listed).toHaveLength(1);
        partial.add(cards);
      }
      await tick();
    }
    const r = await call;
    expect(r.ok).toBe(true);
    // It was seen half written several times: the steps are real, and each was hidden.
    expect(partial.size).toBeGreaterThan(2);
    const id = (r as { value: { id: string } }).value.id;
    const listed = await must(h, 'library.list', {});
    expect(listed.find((w) => w.id === id)?.cardCount).toBe(CARDS);
    expect((await must(h, 'workshop.get', { workshopId: id })).cards).toHaveLength(CARDS);
    expect(unfinished(h.store.db)).toBe(0);
  });

  it("answers another client's edit while it writes, and both land", async () => {
    const h = host(true);
    const other = await must(h, 'workshop.create', { title: 'Autre atelier' });
    const card = await must(h, 'card.create', { workshopId: other.id, card: { step: 'context', kind: 'note', title: 'avant' } });
    const changes: EventPayload<'workshop.changed'>[] = [];
    h.events.on((name, payload) => name === 'workshop.changed' && changes.push(payload as EventPayload<'workshop.changed'>));
    const order: string[] = [];
    const importing = { done: false };
    const call = h.call('workshop.import', { fileName: 'big.socle', text }, { clientId: 'tab-a' }).then((r) => {
      importing.done = true;
      order.push('import');
      return r;
    });
    await whileWriting(importing, () => unfinished(h.store.db) > 0 && count(h.store.db, 'SELECT count(*) FROM cards') > 1);
    const edit = await h.call(
      'card.update',
      { workshopId: other.id, cardId: card.value.id, patch: { title: 'pendant l’import' } },
      { clientId: 'tab-b' },
    );
    order.push('edit');
    expect(edit.ok).toBe(true);
    expect(importing.done).toBe(false);
    const imported = await call;
    expect(imported.ok).toBe(true);
    expect(order).toEqual(['edit', 'import']);
    // The edit was announced first, to every window, and is stored; the import is whole.
    expect(changes.map((c) => [c.call, c.by])).toEqual([
      ['card.update', 'tab-b'],
      ['workshop.import', 'tab-a'],
    ]);
    expect((await must(h, 'workshop.get', { workshopId: other.id })).cards[0]!.title).toBe('pendant l’import');
    const id = (imported as { value: { id: string } }).value.id;
    expect((await must(h, 'workshop.get', { workshopId: id })).cards).toHaveLength(CARDS);
  });

  it('leaves nothing of itself in a library left mid-import (as a kill would), once that library is opened', async () => {
    const h = host(false);
    const mine = await must(h, 'workshop.create', { title: 'Mine' });
    const importing = { done: false };
    const call = h.call('workshop.import', { fileName: 'big.socle', text }).finally(() => (importing.done = true));
    await whileWriting(importing, () => count(h.store.db, `SELECT count(*) FROM cards`) > CARDS / 3);
    // The files as they are on disk between two steps: what a process killed at this instant leaves.
    const copy = tempDir('socle-mid-import-');
    for (const suffix of ['', '-wal'])
      if (existsSync(join(h.dataDir, LIBRARY_FILE + suffix)))
        copyFileSync(join(h.dataDir, LIBRARY_FILE + suffix), join(copy, LIBRARY_FILE + suffix));
    expect((await call).ok).toBe(true);

    const raw = new Database(join(copy, LIBRARY_FILE));
    const half = count(raw, `SELECT count(*) FROM cards WHERE workshop_id <> '${mine.id}'`);
    expect(unfinished(raw)).toBe(1);
    raw.close();
    expect(half).toBeGreaterThan(0);
    expect(half).toBeLessThan(CARDS);

    const reopened = makeHost(copy);
    hosts.push(reopened);
    expect(reopened.info.notice).toBeNull();
    expect((await must(reopened, 'library.list', {})).map((w) => w.title)).toEqual(['Mine']);
    const db = reopened.store.db;
    expect(count(db, 'SELECT count(*) FROM workshops')).toBe(1);
    expect(count(db, `SELECT count(*) FROM cards WHERE workshop_id <> '${mine.id}'`)).toBe(0);
    expect(count(db, `SELECT count(*) FROM links`)).toBe(0);
    expect(unfinished(db)).toBe(0);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
  });

  it('refuses a bad file on the job pool with its clear message, and changes nothing (no backup either)', async () => {
    const h = host(true);
    await must(h, 'workshop.create', { title: 'Mine' });
    const before = JSON.stringify(await must(h, 'library.list', {}));
    const backups = (await must(h, 'backup.list', {})).length;
    const broken = text.replace('"format": "socle-workshop"', '"format": "autre"');
    const r = await h.call('workshop.import', { fileName: 'autre.socle', text: broken });
    expect(r).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(!r.ok && r.error.message).toContain('Cannot import "autre.socle": format: this is not a Socle workshop file');
    expect(JSON.stringify(await must(h, 'library.list', {}))).toBe(before);
    expect((await must(h, 'backup.list', {})).length).toBe(backups);
    expect(unfinished(h.store.db)).toBe(0);
  });

  it('stops with a clear message when the library is restored from a backup mid-import, leaving no half workshop', async () => {
    const h = host(true);
    await must(h, 'workshop.create', { title: 'Mine' });
    const backup = await must(h, 'backup.create', {});
    const importing = { done: false };
    const call = h.call('workshop.import', { fileName: 'big.socle', text }).finally(() => (importing.done = true));
    await whileWriting(importing, () => unfinished(h.store.db) > 0 && count(h.store.db, 'SELECT count(*) FROM cards') > 0);
    expect((await h.call('backup.restore', { name: backup.name })).ok).toBe(true);
    const r = await call;
    expect(r).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(!r.ok && r.error.message).toContain('restored from a backup during the import');
    expect((await must(h, 'library.list', {})).map((w) => w.title)).toEqual(['Mine']);
    expect(count(h.store.db, 'SELECT count(*) FROM cards')).toBe(0);
    expect(unfinished(h.store.db)).toBe(0);
  });
});
