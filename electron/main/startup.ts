// Where the built app's pieces are, and how opening the library turns into a host or a message.
import { join } from 'node:path';
import type { Language } from '../../shared/model';
import { LibraryOpenError } from '../host/db/errors';
import type { Host, StartOptions } from '../host';
import { HostStartError } from '../host/remote';
import type { MainText } from './i18n';

export interface AppPaths {
  preload: string;
  renderer: string;
  nativeBinding: string;
  /** An installed app, whose missing pieces call for a reinstall rather than npm start. */
  packaged: boolean;
}

/** The better-sqlite3 build for Electron's ABI; scripts/electron-native.mjs writes the same name. */
export const nativeBindingName = (electronVersion: string): string => `better_sqlite3-electron-${electronVersion}.node`;

/**
 * Paths inside the app folder (the one holding package.json, or app.asar once installed). In
 * development the native build is the one scripts/electron-native.mjs left in .electron-native/; an
 * installed app has it in resources/app.asar.unpacked/native/ (electron-builder.config.mjs puts it
 * there, outside the archive, because a native module cannot be loaded from inside one).
 */
export function appPaths(appRoot: string, electronVersion: string, resourcesPath?: string): AppPaths {
  const name = nativeBindingName(electronVersion);
  return {
    preload: join(appRoot, 'dist', 'electron', 'preload.cjs'),
    renderer: join(appRoot, 'dist', 'renderer'),
    nativeBinding: resourcesPath ? join(resourcesPath, 'app.asar.unpacked', 'native', name) : join(appRoot, '.electron-native', name),
    packaged: Boolean(resourcesPath),
  };
}

/** What main needs of a host: the in-process one, or the remote end of the host process. */
export type MainHost = Pick<Host, 'call' | 'events' | 'info'> & { close(): void | Promise<void> };

export type Opened<H extends MainHost = MainHost> = { ok: true; host: H } | { ok: false; title: string; message: string };

export interface OpenRequest<H extends MainHost = MainHost> {
  dataDir: string;
  language: Language;
  nativeBinding: string;
  /** Says "reinstall" rather than "npm start" when the native build is missing. */
  packaged?: boolean;
  text: MainText;
  /** Starts the host: in Electron, forks the host process and waits for it to have opened the library. */
  start: (options: StartOptions) => H | Promise<H>;
  exists: (path: string) => boolean;
}

/**
 * Opens the host, or says why not. A library from a newer version is refused by the host before it
 * writes anything; here we only make sure nothing retries or recreates it.
 */
export async function openHost<H extends MainHost>(request: OpenRequest<H>): Promise<Opened<H>> {
  const { text } = request;
  if (!request.exists(request.nativeBinding)) {
    const missing = request.packaged ? text.nativeMissingPackaged : text.nativeMissing;
    return { ok: false, title: text.startFailedTitle, message: missing(request.nativeBinding) };
  }
  try {
    const host = await request.start({
      dataDir: request.dataDir,
      mode: 'electron',
      language: request.language,
      nativeBinding: request.nativeBinding,
      validateOutput: !request.packaged,
    });
    return { ok: true, host };
  } catch (error) {
    if (error instanceof LibraryOpenError) {
      const title = error.problem === 'newer' ? text.newerTitle : text.openFailedTitle;
      return { ok: false, title, message: error.say(request.language) };
    }
    // The host process refused the library: it already said why in the user's language.
    if (error instanceof HostStartError && error.problem) {
      const title = error.problem === 'newer' ? text.newerTitle : text.openFailedTitle;
      return { ok: false, title, message: error.message };
    }
    return { ok: false, title: text.startFailedTitle, message: error instanceof Error ? error.message : String(error) };
  }
}
