// A job worker: runs exports off the thread that answers calls, and reports their progress.
import { parentPort } from 'node:worker_threads';
import { CallFailure } from '../../../shared/api';
import { runExport } from '../export';
import type { JobIn, JobOut } from './protocol';

const port = parentPort;
if (!port) throw new Error('the job worker must run in a worker thread');
const post = (message: JobOut, transfer: ArrayBuffer[] = []) => port.postMessage(message, transfer);

port.on('message', (job: JobIn) => {
  void (async () => {
    try {
      const { data, request } = job.payload;
      const file = await runExport(data, request, (progress) => post({ id: job.id, type: 'progress', progress }));
      // Transferred, not copied, unless the bytes share a buffer with others (Node's small-Buffer pool).
      const whole = file.bytes.byteOffset === 0 && file.bytes.byteLength === file.bytes.buffer.byteLength;
      const bytes = whole ? file.bytes : file.bytes.slice();
      post({ id: job.id, type: 'done', value: { ...file, bytes } }, [bytes.buffer as ArrayBuffer]);
    } catch (error) {
      if (error instanceof CallFailure) return post({ id: job.id, type: 'failed', message: error.message, code: error.code, fr: error.fr });
      post({ id: job.id, type: 'failed', message: error instanceof Error ? error.message : String(error) });
    }
  })();
});
