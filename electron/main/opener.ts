// Opens workshop files: each is imported through the host's workshop.import, or shows the workshop it
// already became; requests that arrive before the library and window are ready wait in a queue.
import { readFileSync, statSync } from 'node:fs';
import { posix, win32 } from 'node:path';
import type { Result } from '../../shared/api/result';
import { WORKSHOP_FILE_MAX_BYTES } from '../../shared/document/formats';
import type { FileText } from './i18n-files';
import type { Refusal } from './open-file';
import { findRecent, type RecentEntry } from './recent';

export interface FileInfo {
  size: number;
  modifiedMs: number;
}

/** Everything the opener needs from the outside, passed in so it runs in plain Node under test. */
export interface OpenerDeps {
  call(name: 'workshop.import' | 'workshop.get', input: unknown): Promise<Result<unknown>>;
  /** Size and modification time, or null when there is no such file. */
  stat(path: string): FileInfo | null;
  /** The file's text; throws with a reason when it cannot be read. */
  read(path: string): string;
  recent(): readonly RecentEntry[];
  remember(entry: RecentEntry): void;
  forget(path: string): void;
  /** Brings the window forward on this workshop. */
  show(workshopId: string): void;
  tell(title: string, messages: string[]): void;
  text: FileText;
  platform: NodeJS.Platform;
}

/** Opening is asynchronous (the host answers with promises); each promise settles once its files are handled. */
export interface Opener {
  open(paths: readonly string[]): Promise<void>;
  refuse(refused: readonly Refusal[]): void;
  /** The library and the window exist: everything queued so far is opened now. */
  ready(): Promise<void>;
}

/** The opener's file access on the real disk. */
export const diskFiles: Pick<OpenerDeps, 'stat' | 'read'> = {
  stat(path) {
    const found = statSync(path, { throwIfNoEntry: false });
    // Whole milliseconds: what recent.json keeps, so an unchanged file compares equal after a restart.
    return found?.isFile() ? { size: found.size, modifiedMs: Math.round(found.mtimeMs) } : null;
  },
  read: (path) => readFileSync(path, 'utf8'),
};

type Outcome = { workshopId: string } | { problem: string };

const MEGABYTES = Math.round(WORKSHOP_FILE_MAX_BYTES / 1024 / 1024);
const reason = (error: unknown) => (error instanceof Error ? error.message : String(error));

export function createOpener(deps: OpenerDeps): Opener {
  const { text, platform } = deps;
  const baseName = (path: string) => (platform === 'win32' ? win32 : posix).basename(path);
  let isReady = false;
  const queued: string[] = [];
  const refusals: Refusal[] = [];

  // Opening the same unchanged file again shows the workshop it became rather than importing a copy;
  // a workshop since deleted (or in the trash) is imported anew.
  async function alive(workshopId: string): Promise<boolean> {
    const got = await deps.call('workshop.get', { workshopId });
    return got.ok && (got.value as { workshop?: { deletedAt?: unknown } }).workshop?.deletedAt === null;
  }

  async function openOne(path: string): Promise<Outcome> {
    const name = baseName(path);
    const info = deps.stat(path);
    if (!info) {
      deps.forget(path);
      return { problem: text.missing(name) };
    }
    if (info.size > WORKSHOP_FILE_MAX_BYTES) return { problem: text.tooLarge(name, MEGABYTES) };
    const known = findRecent(deps.recent(), path, platform);
    if (known && known.size === info.size && known.modifiedMs === info.modifiedMs && (await alive(known.workshopId))) {
      deps.remember({ ...known, path });
      return { workshopId: known.workshopId };
    }
    let content: string;
    try {
      content = deps.read(path);
    } catch (error) {
      return { problem: text.unreadable(name, reason(error)) };
    }
    const imported = await deps.call('workshop.import', { fileName: name, text: content });
    if (!imported.ok) return { problem: text.importFailed(name, imported.error.message) };
    const workshop = imported.value as { id: string; title: string };
    deps.remember({ path, workshopId: workshop.id, title: workshop.title, ...info });
    return { workshopId: workshop.id };
  }

  async function openBatch(paths: readonly string[]): Promise<void> {
    const problems: string[] = [];
    let last: string | null = null;
    for (const path of paths) {
      const outcome = await openOne(path);
      if ('workshopId' in outcome) last = outcome.workshopId;
      else problems.push(outcome.problem);
    }
    // Several files at once are all imported; the window shows the last one.
    if (last) deps.show(last);
    if (problems.length > 0) deps.tell(text.notOpenedTitle, problems);
  }

  function tellRefusals(list: readonly Refusal[]): void {
    if (list.length === 0) return;
    deps.tell(
      text.notOpenedTitle,
      list.map((r) => (r.reason === 'url' ? text.url(r.arg) : text.notSocle(r.arg))),
    );
  }

  // One batch at a time, in the order asked, so a second request never overtakes the first.
  let line: Promise<void> = Promise.resolve();
  function openNow(paths: readonly string[]): Promise<void> {
    line = line.then(() => openBatch(paths)).catch((error: unknown) => deps.tell(text.notOpenedTitle, [reason(error)]));
    return line;
  }

  return {
    open(paths) {
      if (isReady) return openNow(paths);
      queued.push(...paths);
      return Promise.resolve();
    },
    refuse(refused) {
      if (isReady) tellRefusals(refused);
      else refusals.push(...refused);
    },
    ready() {
      if (isReady) return line;
      isReady = true;
      tellRefusals(refusals.splice(0));
      return queued.length > 0 ? openNow(queued.splice(0)) : line;
    },
  };
}
