// The V8 flags the host's process starts with, in Electron (the utility process) and in the browser mode (the server).
//
// Measured with `npm run bench -- busy-host` on a 2-core machine: while a job worker exports, V8 runs the worker's
// optimising compiles and most of its garbage collection on its own helper threads, at normal priority, beside the
// worker's lowered thread (jobs/priority.ts). Those helpers took the core the thread answering calls needed: an edit's
// p95 went from 0.8 ms idle to 4 to 5 ms. With these flags a worker compiles and collects on its own thread, so the
// lowered priority covers all of its work and edits during an export stay near idle; an export takes about 15 % longer.
// V8 reads them at start only: setting them at run time (v8.setFlagsFromString) crashes it in the next collection.
export const HOST_V8_FLAGS: readonly string[] = ['--single-threaded-gc', '--no-concurrent-recompilation'];

/** The host flags this process was not started with (none when it was). */
export function missingHostFlags(execArgv: readonly string[] = process.execArgv): string[] {
  return HOST_V8_FLAGS.filter((flag) => !execArgv.includes(flag));
}
