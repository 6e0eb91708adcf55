// The messages between the host in its own process and whoever started it (Electron's main, or a test):
// start once, then calls answered by id, and every host event as it happens.
import type { EventName, EventPayload, Result } from '../../shared/api';
import type { StartOptions } from './index';
import type { HostInfo } from './handlers/types';

export type ToHost =
  | { type: 'start'; options: StartOptions }
  | { type: 'call'; id: number; name: string; input: unknown; clientId: string | null }
  | { type: 'stop' };

export type FromHost =
  | { type: 'ready'; info: HostInfo }
  | { type: 'failed'; message: string; problem: string | null }
  | { type: 'result'; id: number; result: Result<unknown> }
  | { type: 'event'; name: EventName; payload: EventPayload<EventName> }
  | { type: 'stopped' };

/** The two ends a host process can talk through: Electron's parentPort, or Node's IPC channel of a fork. */
export interface Channel {
  send(message: FromHost): void;
  onMessage(listener: (message: ToHost) => void): void;
}

/** The argument that makes electron/host/process.ts serve (so importing it in a test starts nothing). */
export const HOST_PROCESS_FLAG = '--socle-host';

/** Followed by the folder of the built interface, whose room pages the host process serves to participants. */
export const ROOM_STATIC_FLAG = '--room-static';
