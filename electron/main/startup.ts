// Where the built app's pieces are, and how opening the library turns into a host or a message.
import { join } from 'node:path';
import type { Language } from '../../shared/model';
import { LibraryOpenError } from '../host/db/errors';
import type { Host, StartOptions } from '../host';
import type { MainText } from './i18n';

export interface AppPaths {
  preload: string;
  renderer: string;
  nativeBinding: string;
}

/** The better-sqlite3 build for Electron's ABI; scripts/electron-native.mjs writes the same name. */
export const nativeBindingName = (electronVersion: string): string => `better_sqlite3-electron-${electronVersion}.node`;

/** Paths inside the app folder (the one holding package.json), as laid out by npm run build. */
export function appPaths(appRoot: string, electronVersion: string): AppPaths {
  return {
    preload: join(appRoot, 'dist', 'electron', 'preload.cjs'),
    renderer: join(appRoot, 'dist', 'renderer'),
    nativeBinding: join(appRoot, '.electron-native', nativeBindingName(electronVersion)),
  };
}

export type Opened = { ok: true; host: Host } | { ok: false; title: string; message: string };

export interface OpenRequest {
  dataDir: string;
  language: Language;
  nativeBinding: string;
  text: MainText;
  start: (options: StartOptions) => Host;
  exists: (path: string) => boolean;
}

/**
 * Opens the host, or says why not. A library from a newer version is refused by the host before it
 * writes anything; here we only make sure nothing retries or recreates it.
 */
export function openHost(request: OpenRequest): Opened {
  const { text } = request;
  if (!request.exists(request.nativeBinding)) {
    return { ok: false, title: text.startFailedTitle, message: text.nativeMissing(request.nativeBinding) };
  }
  try {
    const host = request.start({
      dataDir: request.dataDir,
      mode: 'electron',
      language: request.language,
      nativeBinding: request.nativeBinding,
    });
    return { ok: true, host };
  } catch (error) {
    if (error instanceof LibraryOpenError) {
      const title = error.problem === 'newer' ? text.newerTitle : text.openFailedTitle;
      return { ok: false, title, message: error.message };
    }
    return { ok: false, title: text.startFailedTitle, message: error instanceof Error ? error.message : String(error) };
  }
}
