// Which workshop files a launch asks Socle to open: its command line, or a second launch handing over.
import { posix, win32 } from 'node:path';

export const WORKSHOP_EXTENSION = '.socle';

// Socle's own options that take their value as the next argument; Chromium's switches and the rest of
// Socle's use --name=value, so anything else starting with "-" is a flag and is skipped.
const VALUE_OPTIONS = new Set(['--data-dir']);

export type RefusalReason = 'url' | 'not-socle';
export interface Refusal {
  arg: string;
  reason: RefusalReason;
}
export interface LaunchFiles {
  /** Absolute paths of .socle files, in the order given, without repeats. */
  files: string[];
  refused: Refusal[];
}

export interface ArgvOptions {
  cwd: string;
  platform: NodeJS.Platform;
  /** Leading arguments that are not the user's: the executable, and the app folder under `electron .`. */
  skip: number;
}

/** How many leading arguments are Electron's own: `electron path/to/app ...` has one more than the app. */
export const leadingArgs = (defaultApp: boolean | undefined): number => (defaultApp ? 2 : 1);

// A scheme of two letters or more: "C:\x.socle" is a Windows path, "https://x" and "socle://x" are not
// files, and Socle never fetches anything, so a URL is refused rather than downloaded.
export const isUrlLike = (arg: string): boolean => /^[a-z][a-z0-9+.-]+:/i.test(arg);

const pathFor = (platform: NodeJS.Platform) => (platform === 'win32' ? win32 : posix);

/** Classifies one path-like argument: an absolute .socle path, or why it is refused. */
export function checkFileArg(arg: string, cwd: string, platform: NodeJS.Platform): string | Refusal {
  if (isUrlLike(arg)) return { arg, reason: 'url' };
  const path = pathFor(platform);
  if (path.extname(arg).toLowerCase() !== WORKSHOP_EXTENSION) return { arg, reason: 'not-socle' };
  return path.resolve(cwd, arg);
}

export function collect(args: readonly string[], cwd: string, platform: NodeJS.Platform): LaunchFiles {
  const result: LaunchFiles = { files: [], refused: [] };
  for (const arg of args) {
    const checked = checkFileArg(arg, cwd, platform);
    if (typeof checked !== 'string') result.refused.push(checked);
    else if (!result.files.includes(checked)) result.files.push(checked);
  }
  return result;
}

/** The files named on a command line such as `socle --data-dir x a.socle`; flags are skipped. */
export function launchFiles(argv: readonly string[], options: ArgvOptions): LaunchFiles {
  const positional: string[] = [];
  let onlyPositional = false;
  for (let i = options.skip; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (onlyPositional) positional.push(arg);
    else if (arg === '--') onlyPositional = true;
    else if (VALUE_OPTIONS.has(arg)) i += 1;
    // "-" alone is no file either; macOS adds -psn_… when Finder starts an app.
    else if (!arg.startsWith('-') && arg.trim() !== '') positional.push(arg);
  }
  return collect(positional, options.cwd, options.platform);
}

/** What a second launch passes to the running instance with requestSingleInstanceLock. */
export interface Handover {
  socle: 1;
  files: string[];
  refused: Refusal[];
}

export const handoverData = (launch: LaunchFiles): Handover => ({ socle: 1, ...launch });

const REASONS: readonly RefusalReason[] = ['url', 'not-socle'];

function isHandover(data: unknown): data is Handover {
  if (typeof data !== 'object' || data === null) return false;
  const d = data as Partial<Handover>;
  return (
    d.socle === 1 &&
    Array.isArray(d.files) &&
    d.files.every((f) => typeof f === 'string') &&
    Array.isArray(d.refused) &&
    d.refused.every((r) => typeof r?.arg === 'string' && REASONS.includes(r.reason))
  );
}

/**
 * The files a second launch hands over. Its own parse (additionalData) is preferred, since Chromium may
 * reorder the argv it forwards; the argv is the fallback. Either way every path is checked again here,
 * because another process sent it.
 */
export function handedOver(argv: readonly string[], cwd: string, data: unknown, options: Omit<ArgvOptions, 'cwd'>): LaunchFiles {
  const parsed = isHandover(data) ? collect(data.files, cwd, options.platform) : launchFiles(argv, { ...options, cwd });
  if (isHandover(data)) parsed.refused.unshift(...data.refused);
  return parsed;
}
