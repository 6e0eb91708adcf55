// Recently opened workshop files (File > Open Recent), kept in recent.json beside the library.
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { z } from 'zod';

export const RECENT_FILE = 'recent.json';
export const MAX_RECENT = 10;

const RecentEntry = z.object({
  path: z.string().min(1).max(4096),
  /** The workshop the file became, so opening it again shows it instead of importing a copy. */
  workshopId: z.string().min(1).max(64),
  title: z.string().max(300),
  /** Size and modification time of the file when it was imported: a changed file is imported anew. */
  size: z.number().nonnegative(),
  modifiedMs: z.number().nonnegative(),
});
export type RecentEntry = z.infer<typeof RecentEntry>;

// Windows and macOS file systems ignore case by default: "A.socle" and "a.socle" are one file there.
const samePath = (a: string, b: string, platform: NodeJS.Platform) =>
  platform === 'linux' ? a === b : a.toLowerCase() === b.toLowerCase();

/** The list with `entry` first, any older entry for the same file removed, at most `max` long. */
export function addRecent(list: readonly RecentEntry[], entry: RecentEntry, platform: NodeJS.Platform, max = MAX_RECENT): RecentEntry[] {
  return [entry, ...list.filter((e) => !samePath(e.path, entry.path, platform))].slice(0, max);
}

export function removeRecent(list: readonly RecentEntry[], path: string, platform: NodeJS.Platform): RecentEntry[] {
  return list.filter((e) => !samePath(e.path, path, platform));
}

export function findRecent(list: readonly RecentEntry[], path: string, platform: NodeJS.Platform): RecentEntry | undefined {
  return list.find((e) => samePath(e.path, path, platform));
}

/** Entries whose file is gone are dropped: a recent item that cannot open is only a disappointment. */
export function pruneRecent(list: readonly RecentEntry[], exists: (path: string) => boolean): RecentEntry[] {
  return list.filter((e) => exists(e.path));
}

/** Whatever the file holds becomes a valid list: bad entries are skipped, a damaged file is an empty list. */
export function parseRecent(json: string, platform: NodeJS.Platform): RecentEntry[] {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch {
    return [];
  }
  if (!Array.isArray(data)) return [];
  let list: RecentEntry[] = [];
  for (const item of data.toReversed()) {
    const parsed = RecentEntry.safeParse(item);
    if (parsed.success) list = addRecent(list, parsed.data, platform);
  }
  return list;
}

export function loadRecent(file: string, platform: NodeJS.Platform): RecentEntry[] {
  try {
    return parseRecent(readFileSync(file, 'utf8'), platform);
  } catch {
    return [];
  }
}

/** Written aside then renamed, so a crash mid-write never leaves half a file. Failure only costs the list. */
export function saveRecent(file: string, list: readonly RecentEntry[]): boolean {
  try {
    writeFileSync(`${file}.tmp`, `${JSON.stringify(list, null, 2)}\n`);
    renameSync(`${file}.tmp`, file);
    return true;
  } catch {
    return false;
  }
}

/** How an entry reads in File > Open Recent: the workshop's title, then the file it came from. */
export function recentLabel(entry: RecentEntry, baseName: (path: string) => string): string {
  const file = baseName(entry.path);
  return entry.title.trim() ? `${entry.title.trim()} (${file})` : file;
}

/** The list as the app keeps it: in memory, saved on every change, tidied when the app starts. */
export class RecentFiles {
  private list: RecentEntry[] = [];

  constructor(
    private readonly file: string,
    private readonly platform: NodeJS.Platform,
    private readonly changed: () => void,
  ) {}

  get entries(): readonly RecentEntry[] {
    return this.list;
  }

  /** Reads the saved list; files moved or deleted since last time leave it. */
  load(exists: (path: string) => boolean): void {
    const saved = loadRecent(this.file, this.platform);
    this.list = pruneRecent(saved, exists);
    if (this.list.length !== saved.length) saveRecent(this.file, this.list);
  }

  add(entry: RecentEntry): void {
    this.set(addRecent(this.list, entry, this.platform));
  }

  remove(path: string): void {
    this.set(removeRecent(this.list, path, this.platform));
  }

  clear(): void {
    this.set([]);
  }

  private set(list: RecentEntry[]): void {
    this.list = list;
    saveRecent(this.file, list);
    this.changed();
  }
}
