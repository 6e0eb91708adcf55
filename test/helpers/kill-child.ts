// Runs a test child under node (tsx as a loader, so SIGKILL hits the process that holds the database), kills it
// `afterMs` after it prints its ready marker, and answers the complete "ack" lines it printed before dying.
import { spawn } from 'node:child_process';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..', '..');

export function killAfterReady(script: string, args: string[], ready: string, afterMs: number, what: string): Promise<string[]> {
  const child = spawn(process.execPath, ['--import', 'tsx', join(root, 'test', 'helpers', script), ...args], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let started = false;
  child.stdout.on('data', (c: Buffer) => {
    out += c.toString();
    if (!started && out.includes(ready)) {
      started = true;
      setTimeout(() => child.kill('SIGKILL'), afterMs);
    }
  });
  let err = '';
  child.stderr.on('data', (c: Buffer) => (err += c.toString()));
  return new Promise((done, fail) => {
    child.on('exit', (_code, signal) => {
      if (signal !== 'SIGKILL') return fail(new Error(`the ${what} process stopped by itself: ${err}`));
      // Only complete lines are acknowledgements; a line cut by the kill was never fully said.
      done(
        out
          .split('\n')
          .slice(0, -1)
          .filter((l) => l.startsWith('ack ')),
      );
    });
  });
}
