// The library file: creation, durability, migrations, and files that are not ours or are damaged.
import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { LibraryOpenError } from '../../../electron/host/db/errors';
import { migrate } from '../../../electron/host/db/migrate';
import { APPLICATION_ID, LIBRARY_FILE, openLibrary } from '../../../electron/host/db/open';
import { MIGRATIONS } from '../../../electron/host/db/migrations';
import { makeHost, must, tempDir } from '../../helpers/host';

const hash = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');
const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((f) => f()));

describe('library database', () => {
  it('creates a WAL, STRICT, foreign-keyed library at the latest version', () => {
    const host = makeHost();
    cleanups.push(host.dispose);
    const db = host.store.db;
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length);
    expect(db.pragma('application_id', { simple: true })).toBe(APPLICATION_ID);
    const sql = db.prepare("SELECT sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").all() as { sql: string }[];
    expect(sql.every((t) => t.sql.trim().endsWith('STRICT'))).toBe(true);
  });

  it('makes an edit durable when the call returns: another connection sees it, and a reopened host too', async () => {
    const dir = tempDir();
    const host = makeHost(dir);
    const w = await must(host, 'workshop.create', { title: 'Durable' });
    await must(host, 'card.create', { workshopId: w.id, card: { step: 'context', kind: 'note', title: 'écrit' } });
    const other = new Database(join(dir, LIBRARY_FILE), { readonly: true });
    expect(other.prepare('SELECT title FROM cards').all()).toEqual([{ title: 'écrit' }]);
    other.close();
    host.close();
    const again = makeHost(dir);
    cleanups.push(again.dispose);
    expect((await must(again, 'workshop.get', { workshopId: w.id })).cards.map((c) => c.title)).toEqual(['écrit']);
  });

  it('creates the demo workshop on the first start only', async () => {
    const dir = tempDir();
    const seed = () => ({ title: 'Démo', organisation: 'Org', sector: '', cards: [], links: [], answers: [], participants: [] });
    const first = makeHost(dir, { seed });
    const [demo] = await must(first, 'library.list', {});
    expect(demo?.title).toBe('Démo');
    await must(first, 'workshop.delete', { workshopId: demo!.id });
    first.close();
    const second = makeHost(dir, { seed });
    cleanups.push(second.dispose);
    expect(await must(second, 'library.list', {})).toHaveLength(0);
  });

  it('refuses a library from a newer version and leaves the file untouched', () => {
    const dir = tempDir();
    makeHost(dir).close();
    const file = join(dir, LIBRARY_FILE);
    const db = new Database(file);
    db.pragma(`user_version = ${MIGRATIONS.length + 5}`);
    db.pragma('journal_mode = DELETE');
    db.close();
    const before = hash(file);
    expect(() => openLibrary(dir)).toThrow(LibraryOpenError);
    expect(() => openLibrary(dir)).toThrow(/newer version of Socle/);
    expect(hash(file)).toBe(before);
  });

  it('sets a damaged file aside untouched, says so, and starts a new library', () => {
    const dir = tempDir();
    const file = join(dir, LIBRARY_FILE);
    const garbage = Buffer.concat([Buffer.from('SQLite format 3\0'), Buffer.alloc(4096, 0x5a)]);
    writeFileSync(file, garbage);
    const opened = openLibrary(dir);
    cleanups.push(() => opened.db.close());
    expect(opened.notice?.problem).toBe('corrupt');
    expect(readFileSync(opened.notice!.setAside)).toEqual(garbage);
    expect(opened.db.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length);
  });

  it('sets aside a file that is not a SQLite database, or another program’s database', () => {
    const dir = tempDir();
    writeFileSync(join(dir, LIBRARY_FILE), 'name,email\nanne,anne@example.org\n');
    const a = openLibrary(dir);
    expect(a.notice?.problem).toBe('foreign');
    a.db.close();
    const dir2 = tempDir();
    const other = new Database(join(dir2, LIBRARY_FILE));
    other.exec('CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL)');
    other.close();
    const b = openLibrary(dir2);
    cleanups.push(() => b.db.close());
    expect(b.notice?.problem).toBe('foreign');
    expect(readdirSync(dir2).some((f) => f.startsWith(`${LIBRARY_FILE}.foreign-`))).toBe(true);
    const kept = new Database(b.notice!.setAside, { readonly: true });
    expect(kept.prepare("SELECT name FROM sqlite_master WHERE type='table'").all()).toEqual([{ name: 'invoices' }]);
    kept.close();
  });
});

describe('migration runner', () => {
  const step = (version: number, sql: string) => ({ version, name: `m${version}`, up: (db: Database.Database) => db.exec(sql) });

  it('backs up before migrating an existing library and applies all pending steps in one transaction', () => {
    const db = new Database(':memory:');
    migrate(db, [step(1, 'CREATE TABLE a (x INTEGER) STRICT')], () => null);
    const backups: number[] = [];
    const result = migrate(db, [step(1, ''), step(2, 'CREATE TABLE b (y INTEGER) STRICT')], (from) => {
      backups.push(from);
      return `backup-${from}`;
    });
    expect(result).toEqual({ from: 1, to: 2, backup: 'backup-1' });
    expect(backups).toEqual([1]);
    expect(db.pragma('user_version', { simple: true })).toBe(2);
  });

  it('rolls back every step when one fails', () => {
    const db = new Database(':memory:');
    const steps = [step(1, 'CREATE TABLE a (x INTEGER) STRICT'), step(2, 'CREATE TABLE broken (')];
    expect(() => migrate(db, steps, () => null)).toThrow();
    expect(db.pragma('user_version', { simple: true })).toBe(0);
    expect(db.prepare("SELECT count(*) AS n FROM sqlite_master WHERE name = 'a'").get()).toEqual({ n: 0 });
  });

  it('refuses migrations out of order', () => {
    const db = new Database(':memory:');
    expect(() => migrate(db, [step(2, '')], () => null)).toThrow(/expected 1/);
  });

  it('writes a real backup file before migrating a library on disk', () => {
    const dir = tempDir();
    const v1 = [step(1, 'CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) STRICT; CREATE TABLE notes (t TEXT) STRICT')];
    const first = openLibrary(dir, { migrations: v1 });
    first.db.prepare('INSERT INTO notes VALUES (?)').run('avant migration');
    first.db.close();
    const second = openLibrary(dir, { migrations: [...v1, step(2, 'ALTER TABLE notes ADD COLUMN n INTEGER')] });
    second.db.close();
    const backups = readdirSync(join(dir, 'backups'));
    expect(backups).toHaveLength(1);
    expect(backups[0]).toMatch(/^library-before-migration-\d+\.db$/);
    const copy = new Database(join(dir, 'backups', backups[0]!), { readonly: true });
    expect(copy.pragma('user_version', { simple: true })).toBe(1);
    expect(copy.prepare('SELECT t FROM notes').all()).toEqual([{ t: 'avant migration' }]);
    copy.close();
  });
});
