// Backups: a daily one at start, manual ones, before an import, rotation, and restoring one with the current library kept.
import Database from 'better-sqlite3';
import { mkdirSync, readdirSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { KEEP_PER_REASON, STALE_TEMP_MS, backupDir } from '../../../electron/host/backup/backups';
import { dump, makeHost, must, tempDir } from '../../helpers/host';

let host: ReturnType<typeof makeHost>;
afterEach(() => host?.dispose());

describe('backups', () => {
  it('takes a daily backup at the first start of the day only', async () => {
    const dir = tempDir();
    let clock = Date.UTC(2026, 10, 22, 9);
    makeHost(dir, { now: () => clock }).close();
    makeHost(dir, { now: () => clock + 3_600_000 }).close();
    expect(readdirSync(backupDir(dir)).filter((n) => n.includes('-daily-'))).toHaveLength(1);
    clock += 25 * 3_600_000;
    host = makeHost(dir, { now: () => clock });
    expect((await must(host, 'backup.list', {})).filter((b) => b.reason === 'daily')).toHaveLength(2);
  });

  it('removes a temporary copy a kill left behind, and leaves one another backup is writing', async () => {
    const dir = tempDir();
    mkdirSync(backupDir(dir), { recursive: true });
    const leftover = join(backupDir(dir), 'library-manual-1.db.tmp');
    const underWay = join(backupDir(dir), 'library-before-import-2.db.tmp');
    writeFileSync(leftover, 'half a copy');
    writeFileSync(underWay, 'a copy being written');
    const old = (Date.now() - STALE_TEMP_MS - 60_000) / 1000;
    utimesSync(leftover, old, old);
    host = makeHost(dir);
    await must(host, 'backup.create', {});
    const names = readdirSync(backupDir(dir));
    expect(names).not.toContain('library-manual-1.db.tmp');
    expect(names).toContain('library-before-import-2.db.tmp');
  });

  it('keeps the newest backups of each kind only', async () => {
    let clock = 1_800_000_000_000;
    host = makeHost(tempDir(), { now: () => clock++ });
    for (let i = 0; i < KEEP_PER_REASON + 3; i++) await must(host, 'backup.create', {});
    const manual = (await must(host, 'backup.list', {})).filter((b) => b.reason === 'manual');
    expect(manual).toHaveLength(KEEP_PER_REASON);
    expect(manual[0]!.createdAt).toBeGreaterThan(manual[manual.length - 1]!.createdAt);
  });

  it('restores a backup, keeping the current library as a backup of its own', async () => {
    host = makeHost();
    const w = await must(host, 'workshop.create', { title: 'Version 1' });
    const backup = await must(host, 'backup.create', {});
    await must(host, 'workshop.update', { workshopId: w.id, patch: { title: 'Version 2' } });
    const r = await must(host, 'backup.restore', { name: backup.name });
    expect(r.safety.reason).toBe('before-restore');
    expect((await must(host, 'workshop.get', { workshopId: w.id })).workshop.title).toBe('Version 1');
    await must(host, 'backup.restore', { name: r.safety.name });
    expect((await must(host, 'workshop.get', { workshopId: w.id })).workshop.title).toBe('Version 2');
  });

  it('refuses names outside the backups folder, foreign files and damaged copies, changing nothing', async () => {
    host = makeHost();
    await must(host, 'workshop.create', { title: 'Intact' });
    const before = dump(host);
    for (const name of ['../library.db', '/etc/passwd', 'library-manual-1.db', 'library-manual-1800000000000.db']) {
      expect((await host.call('backup.restore', { name })).ok, name).toBe(false);
    }
    writeFileSync(join(backupDir(host.dataDir), 'library-manual-1800000000001.db'), 'not a database at all');
    const foreign = await host.call('backup.restore', { name: 'library-manual-1800000000001.db' });
    expect(foreign).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(dump(host)).toBe(before);
  });

  it('backs up before a snapshot restore', async () => {
    host = makeHost();
    const w = await must(host, 'workshop.create', { title: 'S' });
    const s = await must(host, 'snapshot.create', { workshopId: w.id, name: 'a' });
    await must(host, 'snapshot.restore', { workshopId: w.id, snapshotId: s.id });
    expect((await must(host, 'backup.list', {})).map((b) => b.reason)).toContain('before-snapshot-restore');
  });

  it('backs up before an import that passed its checks, and not for a file it refuses', async () => {
    host = makeHost();
    const w = await must(host, 'workshop.create', { title: 'Exporté' });
    const file = await must(host, 'export.run', { workshopId: w.id, format: 'socle', language: 'fr' });
    const text = Buffer.from(file.base64, 'base64').toString('utf8');
    expect((await host.call('workshop.import', { fileName: 'broken.socle', text: text.slice(0, 40) })).ok).toBe(false);
    expect((await must(host, 'backup.list', {})).map((b) => b.reason)).not.toContain('before-import');
    const imported = await must(host, 'workshop.import', { fileName: 'atelier.socle', text });
    const backups = (await must(host, 'backup.list', {})).filter((b) => b.reason === 'before-import');
    expect(backups).toHaveLength(1);
    // The copy is the library as it was: without the workshop the import added.
    const copy = new Database(join(backupDir(host.dataDir), backups[0]!.name), { readonly: true });
    const ids = copy.prepare('SELECT id FROM workshops').all() as { id: string }[];
    copy.close();
    expect(ids.map((r) => r.id)).toEqual([w.id]);
    expect(imported.id).not.toBe(w.id);
  });

  it('offers a backup after a damaged library was set aside', async () => {
    const dir = tempDir();
    const first = makeHost(dir);
    await must(first, 'workshop.create', { title: 'Précieux' });
    const b = await must(first, 'backup.create', {});
    first.close();
    writeFileSync(join(dir, 'library.db'), Buffer.concat([Buffer.from('SQLite format 3\0'), Buffer.alloc(8192, 7)]));
    host = makeHost(dir);
    expect(host.info.notice).toMatch(/damaged/);
    expect(await must(host, 'library.list', {})).toHaveLength(0);
    const offered = (await must(host, 'backup.list', {})).find((x) => x.reason === 'manual');
    expect(offered?.name).toBe(b.name);
    await must(host, 'backup.restore', { name: b.name });
    expect((await must(host, 'library.list', {})).map((x) => x.title)).toEqual(['Précieux']);
  });
});
