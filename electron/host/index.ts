// The host as the Electron main process and the browser mode start it: seeds from the catalogue.
import { seedFor } from '../../shared/catalogue/templates';
import type { Language } from '../../shared/model';
import { createHost, type Host } from './host';
import type { RoomNetwork } from './room/room';
import type { JobPool } from './jobs/pool';
import pkg from '../../package.json' with { type: 'json' };

export interface StartOptions {
  dataDir: string;
  mode: 'electron' | 'web';
  language?: Language;
  nativeBinding?: string;
  roomNetwork?: RoomNetwork;
  /** Worker threads for heavy work (the browser mode passes a pool); without, exports run on the calling thread. */
  jobs?: JobPool;
  /** Check answers against the contract's output schemas: on in development, off in an installed app. */
  validateOutput?: boolean;
}

export function startHost(options: StartOptions): Host {
  return createHost({ ...options, version: pkg.version, seed: seedFor });
}

export type { Host } from './host';
export { LibraryOpenError } from './db/errors';
