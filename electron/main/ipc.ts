// Binds one IPC handler per contract call to the host, refusing any sender but the app's page.
import { CLIENT_ID_PATTERN } from '../../shared/api/bridge';
import { CALL_NAMES, type CallName } from '../../shared/api/names';
import { fail, type Result } from '../../shared/api/result';
import { isAllowedSender } from './security';

/** What a handler needs of the IPC event: the frame that sent it (null once it is gone). */
export interface SenderEvent {
  senderFrame?: { url: string } | null;
}

/** The part of ipcMain this module uses, so tests can pass a fake registry. */
export interface HandlerRegistry {
  handle(channel: string, listener: (event: SenderEvent, input: unknown, clientId?: unknown) => Promise<Result<unknown>>): void;
}

export interface CallTarget {
  call(name: string, input: unknown, from?: { clientId?: string | null }): Promise<Result<unknown>>;
}

export async function handleCall(
  host: CallTarget,
  name: CallName,
  event: SenderEvent,
  input: unknown,
  clientId?: unknown,
): Promise<Result<unknown>> {
  if (!isAllowedSender(event.senderFrame?.url)) {
    return fail('forbidden', `The call "${name}" came from a page that is not Socle's own.`);
  }
  try {
    // The window's id only says whose echo a `workshop.changed` is; anything malformed becomes no id.
    const from = typeof clientId === 'string' && CLIENT_ID_PATTERN.test(clientId) ? clientId : null;
    return await host.call(name, input, { clientId: from });
  } catch (error) {
    // The host answers with results, but a throw must still reach the renderer as one.
    return fail('internal', `The call "${name}" failed: ${error instanceof Error ? error.message : String(error)}`);
  }
}

export function bindIpc(registry: HandlerRegistry, host: CallTarget): void {
  for (const name of CALL_NAMES) {
    registry.handle(name, (event, input, clientId) => handleCall(host, name, event, input, clientId));
  }
}
