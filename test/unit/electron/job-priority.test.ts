// Job workers lower their own priority on Linux, and only their own: the thread that answers calls keeps its priority.
import { readFileSync, readlinkSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { BACKGROUND_NICE, lowerThisThread } from '../../../electron/host/jobs/priority';

/** A thread's nice value, from /proc (field 19 of its stat line). */
function niceOf(tid: number | string): number {
  const stat = readFileSync(`/proc/self/task/${tid}/stat`, 'utf8');
  return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[16]);
}

describe('a job worker’s priority', () => {
  it.runIf(process.platform === 'linux')('is lowered for the worker thread alone', async () => {
    const worker = new Worker(
      `const { parentPort, workerData } = require('node:worker_threads');
       require(workerData.tsx);
       const { lowerThisThread } = require(workerData.module);
       const lowered = lowerThisThread();
       const tid = require('node:fs').readlinkSync('/proc/thread-self').split('/').pop();
       parentPort.postMessage({ lowered, tid });
       parentPort.once('message', () => process.exit(0));`,
      {
        eval: true,
        workerData: { tsx: require.resolve('tsx/cjs'), module: require.resolve('../../../electron/host/jobs/priority.ts') },
      },
    );
    const { lowered, tid } = await new Promise<{ lowered: boolean; tid: string }>((done) => worker.once('message', done));
    expect(lowered).toBe(true);
    expect(niceOf(tid)).toBe(BACKGROUND_NICE);
    expect(niceOf(process.pid)).toBe(0);
    worker.postMessage('bye');
    await new Promise((done) => worker.once('exit', done));
  });

  it.runIf(process.platform === 'linux')('never lowers the main thread (the one whose id is the process id)', () => {
    const self = Number(readlinkSync('/proc/thread-self').split('/').pop());
    expect(lowerThisThread(BACKGROUND_NICE, 'linux', self)).toBe(false);
    expect(niceOf(self)).toBe(0);
  });

  it('does nothing off Linux', () => {
    expect(lowerThisThread(BACKGROUND_NICE, 'darwin')).toBe(false);
    expect(lowerThisThread(BACKGROUND_NICE, 'win32')).toBe(false);
  });
});
