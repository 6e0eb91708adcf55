// Busy is not corrupt: a library locked by another program, a folder where a file should be, a data folder that cannot
// be written. Each is said plainly (what and where, in French and English) and nothing in the folder is changed;
// only what SQLite itself calls not a database is set aside. Also: everything Socle writes is its owner's only.
import Database from 'better-sqlite3';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { backupDir } from '../../../electron/host/backup/backups';
import { LibraryOpenError } from '../../../electron/host/db/errors';
import { LOCK_FILE } from '../../../electron/host/db/lock';
import { LIBRARY_FILE } from '../../../electron/host/db/open';
import { makeHost, must, tempDir } from '../../helpers/host';

let host: ReturnType<typeof makeHost> | null = null;
afterEach(() => {
  host?.dispose();
  host = null;
});

/** A library with one workshop, closed; answers its folder. */
async function library(): Promise<string> {
  const dir = tempDir();
  const first = makeHost(dir);
  await must(first, 'workshop.create', { title: 'Précieux' });
  first.close();
  return dir;
}

/** The folder's names and the library's bytes: what "nothing was changed" compares. */
function folder(dir: string): string {
  // socle.lock is the lock every host takes before anything else; it is not part of the library.
  const names = readdirSync(dir)
    .filter((n) => n !== LOCK_FILE)
    .sort();
  const bytes = names.includes(LIBRARY_FILE) && statSync(join(dir, LIBRARY_FILE)).isFile() ? readFileSync(join(dir, LIBRARY_FILE)) : '';
  return JSON.stringify([names, Buffer.from(bytes).toString('base64').length, Buffer.from(bytes).subarray(0, 4096).toString('base64')]);
}

function refusal(run: () => unknown): LibraryOpenError {
  try {
    run();
  } catch (error) {
    if (error instanceof LibraryOpenError) return error;
    throw error;
  }
  throw new Error('the library opened');
}

describe('a library that cannot be opened as it is', () => {
  it('waits for a library another program keeps locked, then says so and changes nothing; opens once the lock goes', async () => {
    const dir = await library();
    const file = join(dir, LIBRARY_FILE);
    const other = new Database(file);
    other.pragma('locking_mode = EXCLUSIVE');
    other.exec('BEGIN EXCLUSIVE');
    const before = folder(dir);
    const error = refusal(() => makeHost(dir, { busyTimeoutMs: 300 }));
    expect(error.problem).toBe('busy');
    expect(error.message).toContain(file);
    expect(error.say('fr')).toMatch(/verrouillé.*Rien n’a été modifié/);
    expect(folder(dir)).toBe(before);
    other.exec('COMMIT');
    other.close();
    host = makeHost(dir);
    expect((await must(host, 'library.list', {})).map((w) => w.title)).toEqual(['Précieux']);
    expect(host.info.notice).toBeNull();
  });

  it.each([['library.db'], ['library.db-wal']])('says %s is a folder and changes nothing', async (name) => {
    const dir = name === 'library.db' ? tempDir() : await library();
    mkdirSync(join(dir, name));
    const before = folder(dir);
    const error = refusal(() => makeHost(dir));
    expect(error.problem).toBe('not-a-file');
    expect(error.message).toContain(join(dir, name));
    expect(error.say('fr')).toContain('est un dossier');
    expect(folder(dir)).toBe(before);
  });

  it('says a data folder under a file cannot be written', async () => {
    const file = join(tempDir(), 'a-file');
    writeFileSync(file, 'x');
    const error = refusal(() => makeHost(join(file, 'Socle')));
    expect(error.problem).toBe('unwritable');
    expect(error.message).toContain(join(file, 'Socle'));
    expect(error.say('fr')).toContain('ne peut pas écrire');
    expect(readFileSync(file, 'utf8')).toBe('x');
  });

  it('says a read-only data folder cannot be written (a read-only bind mount: root ignores file modes)', async (ctx) => {
    const dir = await library();
    const before = folder(dir);
    try {
      execFileSync('mount', ['--bind', '-o', 'ro', dir, dir], { stdio: 'ignore' });
      execFileSync('mount', ['-o', 'remount,bind,ro', dir], { stdio: 'ignore' });
    } catch {
      return ctx.skip('mount is not allowed here, so no folder can be made read-only for root');
    }
    try {
      const error = refusal(() => makeHost(dir));
      expect(error.problem).toBe('unwritable');
      expect(error.message).toMatch(/EROFS/);
      expect(folder(dir)).toBe(before);
    } finally {
      execFileSync('umount', [dir]);
    }
  });

  it('still sets aside what SQLite calls not a database', async () => {
    const dir = await library();
    writeFileSync(join(dir, LIBRARY_FILE), Buffer.concat([Buffer.from('SQLite format 3\0'), Buffer.alloc(8192, 7)]));
    host = makeHost(dir);
    expect(host.info.noticeCode).toBe('corrupt');
    expect(readdirSync(dir).some((n) => n.startsWith('library.db.corrupt-'))).toBe(true);
  });

  it('creates the library, its folder, backups and their folder for their owner only', async () => {
    const dir = join(tempDir(), 'new-library');
    host = makeHost(dir);
    await must(host, 'backup.create', {});
    const mode = (path: string) => statSync(path).mode & 0o777;
    expect(mode(dir)).toBe(0o700);
    expect(mode(join(dir, LIBRARY_FILE))).toBe(0o600);
    expect(mode(backupDir(dir))).toBe(0o700);
    for (const name of readdirSync(backupDir(dir))) expect(mode(join(backupDir(dir), name)), name).toBe(0o600);
  });
});
