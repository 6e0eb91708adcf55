// A job worker: runs exports, big reads and the preparation of imports off the thread that answers calls.
import { parentPort } from 'node:worker_threads';
import { CallFailure } from '../../../shared/api';
import { runExport } from '../export';
import { checkpoint, importPlan } from './import';
import { lowerThisThread } from './priority';
import { readCall, readForExport } from './read';
import type { JobIn, JobOut } from './protocol';

const port = parentPort;
if (!port) throw new Error('the job worker must run in a worker thread');
const post = (message: JobOut) => port.postMessage(message);
// Background work: this thread gives way to the one that answers calls.
lowerThisThread();

port.on('message', (job: JobIn) => {
  void (async () => {
    try {
      if (job.kind === 'read') return post({ id: job.id, type: 'done', value: { text: await readCall(job.payload) } });
      if (job.kind === 'import') return post({ id: job.id, type: 'done', value: importPlan(job.payload) });
      if (job.kind === 'checkpoint') return post({ id: job.id, type: 'done', value: checkpoint(job.payload) });
      const { dataDir, workshopId, request } = job.payload;
      const data = readForExport(dataDir, workshopId);
      const file = await runExport(data, request, (progress) => post({ id: job.id, type: 'progress', progress }));
      // Encoded here too: the host's thread only forwards the answer.
      const value = { fileName: file.fileName, mimeType: file.mimeType, base64: Buffer.from(file.bytes).toString('base64') };
      post({ id: job.id, type: 'done', value });
    } catch (error) {
      if (error instanceof CallFailure) return post({ id: job.id, type: 'failed', message: error.message, code: error.code, fr: error.fr });
      post({ id: job.id, type: 'failed', message: error instanceof Error ? error.message : String(error) });
    }
  })();
});
