// The server's relaunch with the host's V8 flags (electron/web/relaunch.ts), with real processes: the child gets the
// flags and the arguments, a signal to the parent reaches the child, and a killed parent leaves no server behind.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { HOST_V8_FLAGS } from '../../../electron/host/v8-flags';

const entry = join(import.meta.dirname, '..', '..', 'fixtures', 'relaunch-entry.ts');

function startParent() {
  const parent = spawn(process.execPath, ['--import', 'tsx', entry, '--data-dir', '/tmp/x'], { stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  parent.stdout!.on('data', (c: Buffer) => (out += c.toString()));
  parent.stderr!.on('data', (c: Buffer) => (out += c.toString()));
  const exited = new Promise<number | null>((done) => parent.on('exit', (code) => done(code)));
  const until = (pattern: RegExp, ms = 30_000) =>
    new Promise<RegExpExecArray>((done, fail) => {
      const started = Date.now();
      const look = () => {
        const match = pattern.exec(out);
        if (match) return done(match);
        if (Date.now() - started > ms) return fail(new Error(`no ${pattern} in:\n${out}`));
        setTimeout(look, 20);
      };
      look();
    });
  return { parent, exited, until };
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

describe('relaunch with the host flags', () => {
  it('starts the child with the flags and the arguments, and passes a SIGTERM on to it', async () => {
    const run = startParent();
    const [, pid, json] = await run.until(/child (\d+) (.+)\n/);
    const started = JSON.parse(json!) as { execArgv: string[]; args: string[] };
    expect(started.execArgv.slice(0, HOST_V8_FLAGS.length)).toEqual(HOST_V8_FLAGS);
    expect(started.args).toEqual(['--data-dir', '/tmp/x']);
    expect(Number(pid)).not.toBe(run.parent.pid);
    run.parent.kill('SIGTERM');
    await run.until(/stopped by SIGTERM/);
    expect(await run.exited).toBe(0);
  });

  it('stops the child when the parent is killed outright', async () => {
    const run = startParent();
    const [, pid] = await run.until(/child (\d+) /);
    run.parent.kill('SIGKILL');
    await run.until(/stopped by parent gone/);
    await expect.poll(() => alive(Number(pid)), { timeout: 10_000 }).toBe(false);
  });
});
