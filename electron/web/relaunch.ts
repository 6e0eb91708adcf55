// Starts the server again in a child Node process with the host's V8 flags (../host/v8-flags.ts), when this process
// was started without them (`node dist/web/cli.mjs`, `npm run serve`). The parent only waits: it passes its signals on
// and ends with the child. The child ends when the parent is gone, even killed, through the IPC channel between them.
import { spawn } from 'node:child_process';
import { HOST_V8_FLAGS } from '../host/v8-flags';

const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

export function relaunchWithHostFlags(entry: string): void {
  const child = spawn(process.execPath, [...HOST_V8_FLAGS, ...process.execArgv, entry, ...process.argv.slice(2)], {
    stdio: ['inherit', 'inherit', 'inherit', 'ipc'],
  });
  for (const signal of SIGNALS) process.on(signal, () => child.kill(signal));
  child.on('error', (error) => {
    console.error(`Socle: the server could not be started: ${error.message}`);
    process.exit(1);
  });
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

/** In the relaunched child: stop with `stop` when the parent that started it is gone. */
export function stopWithParent(stop: () => void): void {
  if (!process.send) return;
  process.on('disconnect', stop);
  // The channel alone must not keep the server running, nor keep it from ending.
  process.channel?.unref();
}
