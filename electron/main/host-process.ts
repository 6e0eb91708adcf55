// Main's end of the host process: Electron's UtilityProcess seen as the link electron/host/remote.ts speaks
// over, and an end the host did not ask for told apart from the one main asked for (closing the app).
import { HOST_PROCESS_FLAG, type FromHost } from '../host/protocol';
import { connectHost, type HostLink, type RemoteHost } from '../host/remote';
import type { StartOptions } from '../host';
import { HOST_V8_FLAGS } from '../host/v8-flags';

/** The part of Electron's UtilityProcess used here (main side: 'message' gives the message itself). */
export interface UtilityChild {
  postMessage(message: unknown): void;
  on(event: 'message', listener: (message: unknown) => void): unknown;
  on(event: 'exit', listener: (code: number) => void): unknown;
  kill(): boolean;
}

export type ForkUtility = (modulePath: string, args: string[], options: { serviceName: string; execArgv: string[] }) => UtilityChild;

export function utilityLink(child: UtilityChild): HostLink {
  return {
    send: (message) => child.postMessage(message),
    onMessage: (listener) => void child.on('message', (message) => listener(message as FromHost)),
    onExit: (listener) => void child.on('exit', (code) => listener(code)),
  };
}

/**
 * Forks the host process, opens the library in it and answers the remote host. `onCrash` is called
 * once if the process ends after it was ready and before main asked it to close; a start that fails
 * (a library refused, the process gone) rejects instead.
 */
export async function startHostProcess(
  fork: ForkUtility,
  entry: string,
  options: StartOptions,
  onCrash: (code: number | null) => void,
): Promise<RemoteHost> {
  // With the host's V8 flags: edits stay quick while a job worker exports (../host/v8-flags.ts).
  const child = fork(entry, [HOST_PROCESS_FLAG], { serviceName: 'Socle library', execArgv: [...HOST_V8_FLAGS] });
  let ready = false;
  let closing = false;
  child.on('exit', (code) => {
    if (ready && !closing) onCrash(code);
  });
  let remote: RemoteHost;
  try {
    remote = await connectHost(utilityLink(child), options);
  } catch (error) {
    child.kill();
    throw error;
  }
  ready = true;
  return {
    call: (name, input, from) => remote.call(name, input, from),
    events: remote.events,
    info: remote.info,
    close: () => {
      closing = true;
      return remote.close();
    },
  };
}
