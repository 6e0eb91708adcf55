// Lowers the scheduling priority of the calling worker thread, so that on a busy machine the thread that answers
// calls runs first whenever both want a core: an export or an import may take longer, an edit does not wait.
import { readlinkSync } from 'node:fs';
import { setPriority } from 'node:os';

/** The lowest priority (nice 19): with the kernel's autogroups it only yields to this app's own threads. */
export const BACKGROUND_NICE = 19;

/**
 * Linux only: /proc/thread-self names the calling thread's id, and setpriority on a thread id changes that thread
 * alone. Answers whether it did; elsewhere (or if /proc is missing) the thread keeps the process's priority.
 */
export function lowerThisThread(nice = BACKGROUND_NICE, platform = process.platform, pid = process.pid): boolean {
  if (platform !== 'linux') return false;
  try {
    const tid = Number(readlinkSync('/proc/thread-self').split('/').pop());
    // Never the main thread: its id is the process's, and lowering it would slow every call.
    if (!Number.isInteger(tid) || tid <= 0 || tid === pid) return false;
    setPriority(tid, nice);
    return true;
  } catch {
    return false;
  }
}
