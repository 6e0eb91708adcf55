// Exports on the job pool (worker_threads), as the browser mode runs them: the same files, progress reported,
// and an edit made during an export answered before the export ends.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderWorkshopFile } from '../../../electron/host/export/workshop-file';
import { BIG_READ_CARDS } from '../../../electron/host/host';
import { createJobPool, workerSpec } from '../../../electron/host/jobs/pool';
import { bigWorkshop } from '../../fixtures/big-workshop';
import type { ExportProgressReport } from '../../../electron/host/handlers/types';
import { makeHost, must } from '../../helpers/host';
import { buildFixture, exportFile, unzip, type TestHost } from './fixture';

let host: TestHost;
let workshopId = '';
let someCard = '';
const reports: ExportProgressReport[] = [];

beforeAll(async () => {
  host = makeHost(undefined, { jobs: createJobPool({ size: 1 }), onExportProgress: (r) => reports.push(r) });
  const fixture = await buildFixture(host);
  workshopId = fixture.workshopId;
  someCard = [...fixture.cardIds.values()][0]!;
});
afterAll(() => host.dispose());

describe('exports on worker threads', () => {
  it('writes a PPTX and a DOCX that open as Office packages, and reports progress up to done', async () => {
    const events: unknown[] = [];
    const off = host.events.on((name, payload) => name === 'export.progress' && events.push(payload));
    const pptx = unzip((await exportFile(host, { workshopId, format: 'pptx' })).bytes);
    off();
    // The contract's event, as every window receives it.
    expect(events.at(-1)).toEqual({ workshopId, format: 'pptx', done: 100, total: 100 });
    expect(Object.keys(pptx)).toEqual(expect.arrayContaining(['ppt/presentation.xml', 'ppt/slides/slide1.xml']));
    const docx = await exportFile(host, { workshopId, format: 'docx' });
    expect(docx.fileName).toMatch(/\.docx$/);
    expect(unzip(docx.bytes)['word/document.xml']).toContain('Maison Lorand');
    const pptxReports = reports.filter((r) => r.format === 'pptx');
    expect(pptxReports.map((r) => r.stage)).toEqual(['composing', 'writing', 'done']);
    expect(pptxReports.every((r) => r.workshopId === workshopId)).toBe(true);
    expect(pptxReports.at(-1)!.fraction).toBe(1);
  });

  it('answers an edit made while the PDF is being written, and this thread keeps running meanwhile', async () => {
    const order: string[] = [];
    let edited: Promise<unknown> = Promise.resolve();
    // Once the writer has started, an edit and a timer: on this thread the writer would run to its end first.
    const writing = new Promise<void>((started) => {
      const seen = reports.length;
      const poll = setInterval(() => {
        if (!reports.slice(seen).some((r) => r.format === 'pdf' && r.stage === 'writing')) return;
        clearInterval(poll);
        edited = must(host, 'card.update', { workshopId, cardId: someCard, patch: { x: 123, y: 45 } }).then(() => order.push('edit'));
        setTimeout(() => order.push('timer'), 0);
        started();
      }, 1);
    });
    const file = await exportFile(host, { workshopId, format: 'pdf' });
    order.push('export');
    await writing;
    await edited;
    expect(order).toEqual(['edit', 'timer', 'export']);
    expect(file.bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(host.store.db.prepare('SELECT x, y FROM cards WHERE id = ?').get(someCard)).toEqual({ x: 123, y: 45 });
  });

  it('fails a refused export with the clear message, and the next export still works', async () => {
    const r = await host.call('export.run', { workshopId, format: 'pdf', language: 'fr', sections: ['nowhere'] });
    expect(r).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect((await exportFile(host, { workshopId, format: 'md' })).bytes.toString('utf8')).toContain('Maison Lorand');
  });
});

describe('a big read on a worker', () => {
  it('answers workshop.get of a 2,000-card workshop with the same JSON as the host, read on its own connection', async () => {
    const data = bigWorkshop(BIG_READ_CARDS, 3);
    const seen = new Set<string>();
    data.links = data.links.filter(
      (l) => !seen.has(`${l.kind}|${l.fromCard}|${l.toCard}`) && !!seen.add(`${l.kind}|${l.fromCard}|${l.toCard}`),
    );
    const big = await must(host, 'workshop.import', { fileName: 'big.socle', text: renderWorkshopFile(data, 'test', Date.now()) });
    const text = await host.callText('workshop.get', { workshopId: big.id });
    const direct = await host.call('workshop.get', { workshopId: big.id });
    expect(JSON.parse(text)).toEqual(direct);
    expect((direct as { value: { cards: unknown[] } }).value.cards).toHaveLength(BIG_READ_CARDS);
    // An unknown workshop: the same refusal as on the host's thread.
    expect(JSON.parse(await host.callText('workshop.get', { workshopId: 'nope' }))).toEqual(
      await host.call('workshop.get', { workshopId: 'nope' }),
    );
  });
});

describe('the job worker', () => {
  it('starts from the TypeScript source through boot.mjs, and from a bundle beside it otherwise', () => {
    expect(workerSpec('/repo/electron/host/jobs/pool.ts').file).toBe('/repo/electron/host/jobs/boot.mjs');
    expect(workerSpec('/repo/dist/web/cli.mjs').file).toBe('/repo/dist/web/job-worker.mjs');
    expect(workerSpec('/opt/Socle/resources/app.asar/dist/electron/main.cjs').file).toBe(
      '/opt/Socle/resources/app.asar.unpacked/dist/electron/job-worker.cjs',
    );
  });
});

describe('no code built at run time', () => {
  it('has no Atomics.wait, new Function or eval( in electron, shared or renderer', () => {
    const root = join(import.meta.dirname, '..', '..', '..');
    const found: string[] = [];
    const walk = (dir: string) => {
      for (const name of readdirSync(dir)) {
        const path = join(dir, name);
        if (statSync(path).isDirectory()) walk(path);
        else if (/Atomics\.wait|new Function|eval\(/.test(readFileSync(path, 'utf8'))) found.push(path);
      }
    };
    for (const dir of ['electron', 'shared', 'renderer']) walk(join(root, dir));
    expect(found).toEqual([]);
  });
});
