// Writes the presentation: directly when the caller can wait for a promise, or in a worker thread when it cannot.
import { createRequire } from 'node:module';
import { MessageChannel, Worker, receiveMessageOnPort, type MessagePort } from 'node:worker_threads';
import { pathToFileURL } from 'node:url';
import PptxGenJS from 'pptxgenjs';
import { replayDeck } from './replay';
import { tidyPptx } from './tidy';
import type { DeckSpec } from './spec';

type Constructor = Parameters<typeof replayDeck>[0];

export async function writePptx(spec: DeckSpec): Promise<Uint8Array> {
  return tidyPptx(await replayDeck(PptxGenJS as unknown as Constructor, spec));
}

// The contract's handlers answer synchronously while pptxgenjs only writes through promises (its zip library is
// asynchronous). So a worker thread writes the file and this thread waits for it with Atomics.wait. The worker
// runs the very source of replayDeck and loads pptxgenjs itself; it stays alive between exports, unreferenced.
const WORKER = (replay: string) => `
const { parentPort, workerData } = require('node:worker_threads');
let PptxGenJS = null;
let loadError = null;
try { PptxGenJS = require(workerData.modulePath); } catch (e) { loadError = e; }
const replay = (${replay});
parentPort.on('message', ({ spec, flag }) => {
  const done = (message) => {
    workerData.port.postMessage(message);
    Atomics.store(flag, 0, 1);
    Atomics.notify(flag, 0);
  };
  if (!PptxGenJS) return done({ ok: false, message: 'pptxgenjs could not be loaded: ' + String(loadError) });
  replay(PptxGenJS, spec).then(
    (bytes) => done({ ok: true, bytes }),
    (e) => done({ ok: false, message: String((e && e.stack) || e) }),
  );
});`;

let current: { worker: Worker; port: MessagePort } | null = null;

function modulePath(): string {
  const from = typeof __filename === 'string' ? pathToFileURL(__filename).href : import.meta.url;
  return createRequire(from).resolve('pptxgenjs');
}

function start(): { worker: Worker; port: MessagePort } {
  const { port1, port2 } = new MessageChannel();
  const worker = new Worker(WORKER(replayDeck.toString()), {
    eval: true,
    execArgv: [],
    workerData: { modulePath: modulePath(), port: port2 },
    transferList: [port2],
  });
  worker.unref();
  port1.unref();
  worker.on('error', () => (current = null));
  worker.on('exit', () => (current = null));
  return { worker, port: port1 };
}

export function writePptxSync(spec: DeckSpec, timeoutMs = 60_000): Uint8Array {
  current ??= start();
  const { worker, port } = current;
  const flag = new Int32Array(new SharedArrayBuffer(4));
  worker.postMessage({ spec, flag });
  const waited = Atomics.wait(flag, 0, 0, timeoutMs);
  const reply = receiveMessageOnPort(port)?.message as { ok: true; bytes: Uint8Array } | { ok: false; message: string } | undefined;
  if (waited === 'timed-out' || !reply) {
    void worker.terminate();
    current = null;
    throw new Error(`the presentation was not written within ${timeoutMs / 1000} s`);
  }
  if (!reply.ok) throw new Error(`the presentation could not be written: ${reply.message}`);
  return tidyPptx(reply.bytes);
}
