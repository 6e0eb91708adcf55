// Before the library is opened: the data folder must be a folder Socle can write, and the library and its -wal and
// -shm files must be files. Anything else is said plainly (what, where) and nothing is changed.
import { chmodSync, closeSync, existsSync, lstatSync, openSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { refusal } from './errors';
import { PRIVATE_DIR, privateDir } from './safe-copy';

const describe = (error: unknown): string => {
  const e = error as NodeJS.ErrnoException;
  return e.code ?? e.message;
};

/** Creates the data folder (owner only) if needed, and proves it can be written by writing a probe file. */
export function checkDataDir(dataDir: string): void {
  try {
    // A folder Socle creates is its owner's only; one the user chose and already had keeps its mode.
    const created = !existsSync(dataDir);
    privateDir(dataDir);
    if (created) chmodSync(dataDir, PRIVATE_DIR);
  } catch (error) {
    throw refusal.unwritable(dataDir, describe(error));
  }
  // access(W_OK) says yes to root on a read-only mount; a real write does not lie.
  const probe = join(dataDir, `.socle-write-probe-${process.pid}`);
  try {
    const fd = openSync(probe, 'w', 0o600);
    try {
      writeSync(fd, 'probe');
    } finally {
      closeSync(fd);
    }
  } catch (error) {
    throw refusal.unwritable(dataDir, describe(error));
  } finally {
    rmSync(probe, { force: true });
  }
}

/** The library and its companions are regular files or absent; a folder in their place stops the start. */
export function checkLibraryFiles(file: string): void {
  for (const path of [file, `${file}-wal`, `${file}-shm`, `${file}-journal`]) {
    let kind;
    try {
      kind = lstatSync(path);
    } catch {
      continue;
    }
    if (!kind.isFile()) throw refusal.notAFile(path);
  }
}
