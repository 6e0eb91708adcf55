// The host as the Electron main process and the browser mode start it: seeds from the catalogue.
import { seedFor } from '../../shared/catalogue/templates';
import type { Language } from '../../shared/model';
import { createHost, type Host } from './host';
import type { RoomNetwork } from './room/room';
import pkg from '../../package.json' with { type: 'json' };

export interface StartOptions {
  dataDir: string;
  mode: 'electron' | 'web';
  language?: Language;
  nativeBinding?: string;
  roomNetwork?: RoomNetwork;
  /** Check answers against the contract's output schemas: on in development, off in an installed app. */
  validateOutput?: boolean;
}

export function startHost(options: StartOptions): Host {
  return createHost({ ...options, version: pkg.version, seed: seedFor });
}

export type { Host } from './host';
export { LibraryOpenError } from './db/errors';
