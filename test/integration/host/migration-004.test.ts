// Version 4 adds the room's inbox to a library written by the previous schema, keeping what it held and its undo history.
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { LIBRARY_FILE } from '../../../electron/host/db/open';
import { MIGRATIONS } from '../../../electron/host/db/migrations';
import { listBackups } from '../../../electron/host/backup/backups';
import { makeHost, must, tempDir } from '../../helpers/host';

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((f) => f()));

const tables = (file: string) => {
  const db = new Database(file, { readonly: true });
  try {
    return {
      version: db.pragma('user_version', { simple: true }) as number,
      names: (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[]).map((t) => t.name),
    };
  } finally {
    db.close();
  }
};

describe('migration 4: the room inbox', () => {
  it('upgrades a schema-3 library: data and undo history kept, the inbox stores ideas from then on', async () => {
    const dir = tempDir();
    const previous = MIGRATIONS.slice(0, 3);
    const old = makeHost(dir, { migrations: previous });
    const w = (await must(old, 'workshop.create', { title: 'Avant la salle' })).id;
    const card = (await must(old, 'card.create', { workshopId: w, card: { step: 'objectives', kind: 'objective', title: 'Leads' } })).value;
    await must(old, 'card.update', { workshopId: w, cardId: card.id, patch: { title: 'Leads qualifiés' } });
    old.close();
    expect(tables(join(dir, LIBRARY_FILE))).toMatchObject({ version: 3 });
    expect(tables(join(dir, LIBRARY_FILE)).names).not.toContain('inbox');

    const host = makeHost(dir);
    cleanups.push(host.dispose);
    expect(tables(join(dir, LIBRARY_FILE)).version).toBe(MIGRATIONS.length);
    expect(tables(join(dir, LIBRARY_FILE)).names).toContain('inbox');
    expect(listBackups(dir).some((b) => b.reason === 'before-migration')).toBe(true);
    expect((await must(host, 'workshop.get', { workshopId: w })).cards.map((c) => c.title)).toEqual(['Leads qualifiés']);
    expect((await must(host, 'room.state', { workshopId: w })).inbox).toEqual([]);
    // An edit journaled under schema 3 still undoes and redoes.
    await must(host, 'history.undo', { workshopId: w });
    expect((await must(host, 'workshop.get', { workshopId: w })).cards[0]?.title).toBe('Leads');
    await must(host, 'history.redo', { workshopId: w });
    expect((await must(host, 'workshop.get', { workshopId: w })).cards[0]?.title).toBe('Leads qualifiés');
    // Removing the workshop for good takes its waiting ideas with it.
    host.store.db
      .prepare("INSERT INTO inbox (id, workshop_id, step, text, author, created_at) VALUES ('i1', ?, 'objectives', 'Idée', NULL, 1)")
      .run(w);
    expect((await must(host, 'room.state', { workshopId: w })).inbox.map((i) => i.text)).toEqual(['Idée']);
    await must(host, 'workshop.delete', { workshopId: w });
    await must(host, 'workshop.purge', { workshopId: w });
    expect(host.store.db.prepare('SELECT count(*) AS n FROM inbox').get()).toEqual({ n: 0 });
  });
});
