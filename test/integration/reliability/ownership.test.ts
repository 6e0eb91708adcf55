// One owner per library, with two real processes: while a host edits, `npm run serve` on the same folder is refused
// in French and English and changes nothing; once the owner is killed (SIGKILL), no stale lock is left behind.
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { prepareLibrary } from '../../helpers/crash';
import { tempDir } from '../../helpers/host';

const root = join(import.meta.dirname, '..', '..', '..');

function start(
  script: string,
  args: string[],
): { child: ChildProcess; out: () => string; err: () => string; exit: Promise<number | null> } {
  const child = spawn(process.execPath, ['--import', 'tsx', join(root, script), ...args], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  child.stdout!.on('data', (c: Buffer) => (out += c.toString()));
  child.stderr!.on('data', (c: Buffer) => (err += c.toString()));
  const exit = new Promise<number | null>((done) => child.on('exit', (code) => done(code)));
  return { child, out: () => out, err: () => err, exit };
}

/** Resolves once `what` holds, checked each time the child writes (no polling); fails if it exits first, or after `ms`. */
function until(proc: ReturnType<typeof start>, what: () => boolean, ms = 60_000): Promise<void> {
  return new Promise((resolve, reject) => {
    const stop = () => {
      clearTimeout(deadline);
      proc.child.stdout!.off('data', check);
      proc.child.off('exit', exited);
    };
    const check = () => {
      if (!what()) return;
      stop();
      resolve();
    };
    const exited = () => (stop(), reject(new Error(`the child exited first: ${proc.err()}`)));
    const deadline = setTimeout(() => (stop(), reject(new Error('timed out'))), ms);
    // After start()'s own listener: the chunk is already in out() when this one runs.
    proc.child.stdout!.on('data', check);
    proc.child.once('exit', exited);
    check();
  });
}

const editor = (dir: string, workshopId: string) => start('test/helpers/crash-child.ts', [dir, workshopId]);

describe('one owner per library', () => {
  it('refuses a second process on a library in use, and frees the library when the owner is killed', async () => {
    const dir = tempDir('socle-owner-');
    const workshopId = await prepareLibrary(dir);
    const owner = editor(dir, workshopId);
    await until(owner, () => owner.out().includes('ack '));

    const second = start('electron/web/cli.ts', ['--data-dir', dir]);
    const code = await second.exit;
    expect(code).toBe(3);
    expect(second.err()).toContain('is already open in another Socle');
    expect(second.err()).toContain('est déjà ouverte dans un autre Socle');
    expect(second.err()).toContain(dir);

    // The owner kept editing the whole time: the refusal never touched its library.
    const acksBefore = owner
      .out()
      .split('\n')
      .filter((l) => l.startsWith('ack ')).length;
    await until(
      owner,
      () =>
        owner
          .out()
          .split('\n')
          .filter((l) => l.startsWith('ack ')).length >
        acksBefore + 5,
    );
    expect(owner.child.exitCode).toBeNull();

    owner.child.kill('SIGKILL');
    await owner.exit;
    // A kill leaves no stale lock: the next host opens the library at once.
    const next = editor(dir, workshopId);
    await until(next, () => next.out().includes('ack '));
    next.child.kill('SIGKILL');
    await next.exit;
    expect(next.err()).toBe('');
  }, 180_000);
});
