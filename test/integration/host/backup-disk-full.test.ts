// Backups on a full disk (a small tmpfs): a failed backup leaves no file, never counts in the "keep 7" rotation, and
// the list never shows an empty one; once space is back, the good backups are all still there.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { backupDir, KEEP_PER_REASON } from '../../../electron/host/backup/backups';
import { makeHost, must, tempDir } from '../../helpers/host';

let cleanup: (() => void)[] = [];
afterEach(() => {
  for (const c of cleanup.reverse()) c();
  cleanup = [];
});

/** Fills the disk with a file until ENOSPC; answers the file to remove. */
function fill(dir: string): string {
  const filler = join(dir, 'filler');
  const chunk = Buffer.alloc(64 * 1024, 1);
  let data = Buffer.alloc(0);
  for (;;) {
    try {
      writeFileSync(filler, Buffer.concat([data, chunk]));
      data = Buffer.concat([data, chunk]);
    } catch {
      writeFileSync(filler, data);
      return filler;
    }
  }
}

describe('backups on a full disk', () => {
  it('leaves no file for a failed backup and rotates over the valid ones only', async (ctx) => {
    const mount = tempDir('socle-full-');
    try {
      execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=6m', 'tmpfs', mount], { stdio: 'ignore' });
    } catch {
      return ctx.skip('mount -t tmpfs is not allowed here (not root): no small disk to fill');
    }
    cleanup.push(() => execFileSync('umount', [mount]));
    const dir = join(mount, 'Socle');
    mkdirSync(dir);
    let clock = 1_800_000_000_000;
    const host = makeHost(dir, { now: () => (clock += 1000) });
    cleanup.push(() => host.close());
    const w = await must(host, 'workshop.create', { title: 'Plein' });
    for (let i = 0; i < 40; i++)
      await must(host, 'card.create', {
        workshopId: w.id,
        card: { step: 'context', kind: 'note', title: `c${i}`, body: 'y'.repeat(8000) },
      });
    const good = [(await must(host, 'backup.create', {})).name, (await must(host, 'backup.create', {})).name];

    const filler = fill(mount);
    for (let i = 0; i < KEEP_PER_REASON + 2; i++) {
      const r = await host.call('backup.create', {});
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.error.code).toBe('storage');
    }
    const files = readdirSync(backupDir(dir));
    expect(files.filter((n) => statSync(join(backupDir(dir), n)).size === 0)).toEqual([]);
    expect(files.filter((n) => n.endsWith('.tmp'))).toEqual([]);
    expect((await must(host, 'backup.list', {})).map((b) => b.name)).toEqual(expect.arrayContaining(good.filter((n) => files.includes(n))));
    expect((await must(host, 'backup.list', {})).every((b) => b.bytes > 0)).toBe(true);

    rmSync(filler);
    const next = await must(host, 'backup.create', {});
    const manual = (await must(host, 'backup.list', {})).filter((b) => b.reason === 'manual');
    expect(manual.map((b) => b.name)).toEqual([next.name, ...good.reverse()]);
  });

  it('never lists an empty backup left by an older Socle, nor counts it when rotating', async () => {
    const host = makeHost(tempDir(), { now: () => 1_800_000_000_000 });
    cleanup.push(() => host.dispose());
    const good = await must(host, 'backup.create', {});
    for (let i = 1; i <= KEEP_PER_REASON; i++)
      writeFileSync(join(backupDir(host.dataDir), `library-manual-${1_800_000_000_000 + i * 10}.db`), '');
    const manual = async () => (await must(host, 'backup.list', {})).filter((b) => b.reason === 'manual').map((b) => b.name);
    expect(await manual()).toEqual([good.name]);
    const next = await must(host, 'backup.create', {});
    expect(await manual()).toEqual([next.name, good.name]);
  });
});
