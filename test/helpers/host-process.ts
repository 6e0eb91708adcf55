// Starts the host in its own Node process through electron/host/process.ts, the entry Electron uses.
import { fork } from 'node:child_process';
import { join } from 'node:path';
import { HOST_PROCESS_FLAG, type FromHost } from '../../electron/host/protocol';
import { connectHost, type HostLink, type RemoteHost } from '../../electron/host/remote';
import { HOST_V8_FLAGS } from '../../electron/host/v8-flags';
import type { StartOptions } from '../../electron/host';

const ENTRY = join(import.meta.dirname, '..', '..', 'electron', 'host', 'process.ts');

export async function forkHost(options: StartOptions): Promise<RemoteHost & { pid: number }> {
  const child = fork(ENTRY, [HOST_PROCESS_FLAG], {
    execArgv: [...HOST_V8_FLAGS, '--import', 'tsx'],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const link: HostLink = {
    send: (message) => void child.send(message),
    onMessage: (listener) => child.on('message', (message) => listener(message as FromHost)),
    onExit: (listener) => child.on('exit', (code) => listener(code)),
  };
  const host = await connectHost(link, options);
  return Object.assign(host, { pid: child.pid ?? 0 });
}
