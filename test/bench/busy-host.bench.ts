// Card edits while the host is busy: during a 500-card PDF + PPTX export (on the job pool, as the browser mode runs
// it) against idle in the same run, and while another caller reads or imports a 20,000-card workshop.
import { loadavg } from 'node:os';
import { setTimeout as sleep } from 'node:timers/promises';
import { createHost, type Host } from '../../electron/host/host';
import { renderWorkshopFile } from '../../electron/host/export/workshop-file';
import { createJobPool } from '../../electron/host/jobs/pool';
import { HOST_V8_FLAGS } from '../../electron/host/v8-flags';
import { bigWorkshop } from '../fixtures/big-workshop';
import { tempDir } from '../helpers/host';
import { ms, stats, type BenchReport, type Stats } from './harness';

const EXPORT_CARDS = 500;
const BIG_CARDS = 20_000;
const EDITS = 300;
const EDIT_TARGET_MS = 5;
const DELAY_TARGET_MS = 100;

function workshopText(cards: number): string {
  const data = bigWorkshop(cards, 7);
  const seen = new Set<string>();
  data.links = data.links.filter((l) => {
    const key = `${l.kind}|${l.fromCard}|${l.toCard}`;
    return !seen.has(key) && !!seen.add(key);
  });
  return renderWorkshopFile(data, 'bench', Date.now());
}

async function importInto(host: Host, text: string): Promise<{ workshopId: string; cardIds: string[] }> {
  const r = await host.call('workshop.import', { fileName: 'bench.socle', text });
  if (!r.ok) throw new Error(r.error.message);
  const workshopId = (r.value as { id: string }).id;
  const rows = host.store.db.prepare('SELECT id FROM cards WHERE workshop_id = ? LIMIT 200').all(workshopId) as { id: string }[];
  return { workshopId, cardIds: rows.map((c) => c.id) };
}

/**
 * Edits one after the other, 2 ms apart (a person dragging cards), while `busy()` says so. Each is timed from when it
 * was due to its answer, so time spent waiting for a blocked thread counts, as it would for a request.
 */
async function editWhile(host: Host, ws: { workshopId: string; cardIds: string[] }, busy: () => boolean, max = EDITS) {
  const samples: number[] = [];
  for (let i = 0; busy() && samples.length < max; i++) {
    const due = performance.now() + 2;
    await sleep(2);
    const r = await host.call('card.update', {
      workshopId: ws.workshopId,
      cardId: ws.cardIds[i % ws.cardIds.length]!,
      patch: { x: i % 1000, y: i % 700 },
    });
    if (!r.ok) throw new Error(r.error.message);
    if (busy()) samples.push(performance.now() - due);
  }
  return samples;
}

/** The longest idle edit: on a busy machine, the floor the longest edits below are to be read against. */
let idleMax = 0;

async function exportSection(): Promise<{ idle: Stats; during: Stats; rounds: number }> {
  const host = createHost({ dataDir: tempDir('socle-bench-'), mode: 'web', version: 'bench', seed: () => null, jobs: createJobPool() });
  const ws = await importInto(host, workshopText(EXPORT_CARDS));
  const exportOnce = async (format: string) => {
    const r = await host.call('export.run', { workshopId: ws.workshopId, format, language: 'fr' });
    if (!r.ok) throw new Error(`${format}: ${r.error.message}`);
  };
  await Promise.all([exportOnce('pdf'), exportOnce('pptx')]); // warms the workers and the writers
  const idleSamples = await editWhile(host, ws, () => true);
  const idle = stats(idleSamples);
  idleMax = Math.max(...idleSamples);
  let running = true;
  let rounds = 0;
  const exporting = (async () => {
    // Rounds of a PDF and a PPTX together, until the edits have their samples (and at least two rounds ran).
    while (rounds < 2 || running) {
      await Promise.all([exportOnce('pdf'), exportOnce('pptx')]);
      rounds++;
    }
  })();
  let inFlight = true;
  const during = await editWhile(host, ws, () => inFlight);
  running = false;
  await exporting;
  inFlight = false;
  host.close();
  return { idle, during: stats(during), rounds };
}

/** The worst delay of an edit made while another caller runs `work` (a big read or import), and the work's time. */
async function bigSection(host: Host, ws: { workshopId: string; cardIds: string[] }, work: () => Promise<unknown>) {
  let busy = true;
  let workMs = 0;
  const editing = editWhile(host, ws, () => busy, 100_000);
  // The other caller starts once edits are flowing, so that an edit is due while it works.
  await sleep(20);
  const started = performance.now();
  await work();
  workMs = performance.now() - started;
  await sleep(10);
  busy = false;
  const samples = await editing;
  return { edits: stats(samples), max: Math.max(0, ...samples), workMs };
}

export async function run(): Promise<BenchReport> {
  const loadBefore = loadavg()[0]!;
  const { idle, during, rounds } = await exportSection();

  const host = createHost({ dataDir: tempDir('socle-bench-'), mode: 'web', version: 'bench', seed: () => null, jobs: createJobPool() });
  const small = await importInto(host, workshopText(50));
  const bigText = workshopText(BIG_CARDS);
  const imported = await bigSection(host, small, () => importInto(host, bigText));
  const bigId = (host.store.db.prepare('SELECT id FROM workshops ORDER BY created_at DESC LIMIT 1').get() as { id: string }).id;
  // As the server answers it: the JSON text, read and serialised on a job worker.
  const read = await bigSection(host, small, async () => {
    const text = await host.callText('workshop.get', { workshopId: bigId });
    if (!text.startsWith('{"ok":true')) throw new Error(text.slice(0, 200));
  });
  host.close();

  const ratio = during.p95 / idle.p95;
  const exportMet = ratio <= 2 && during.p95 < EDIT_TARGET_MS;
  const verdict = (met: boolean) => (met ? 'met' : 'NOT met');
  return {
    title: `Card edits while the host works: ${EXPORT_CARDS}-card PDF + PPTX exports (job pool), ${BIG_CARDS}-card import and read`,
    table: [
      { label: 'card.update, idle', ...idle },
      { label: `card.update during PDF + PPTX exports (${rounds} rounds)`, ...during },
      { label: `card.update during a ${BIG_CARDS}-card workshop.import (${Math.round(imported.workMs)} ms)`, ...imported.edits },
      { label: `card.update during a ${BIG_CARDS}-card workshop.get (${Math.round(read.workMs)} ms)`, ...read.edits },
    ],
    verdicts: [
      `edit p95 during exports ${ms(during.p95)} vs idle ${ms(idle.p95)}: ${ratio.toFixed(2)}x (target within 2x and under ${EDIT_TARGET_MS} ms): ${verdict(exportMet)}.`,
      `longest edit during the ${BIG_CARDS}-card import: ${ms(imported.max)} (target under ${DELAY_TARGET_MS} ms): ${verdict(imported.max < DELAY_TARGET_MS)}.`,
      `longest edit during the ${BIG_CARDS}-card workshop.get: ${ms(read.max)} (target under ${DELAY_TARGET_MS} ms): ${verdict(read.max < DELAY_TARGET_MS)}.`,
      `longest idle edit in the same run: ${ms(idleMax)} (what the machine's load alone costs an edit).`,
      `the host's V8 flags in this process: ${HOST_V8_FLAGS.filter((f) => process.execArgv.includes(f)).join(' ') || 'none'} (the product starts with ${HOST_V8_FLAGS.join(' ')}).`,
      `1-minute load average ${loadBefore.toFixed(1)} before and ${loadavg()[0]!.toFixed(1)} after.`,
    ],
  };
}
