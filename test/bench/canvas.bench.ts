// The step canvas with 1,000 cards and 1,000 links vs a bare React Flow with the same nodes and edges, in Chromium with the
// frame rate unlocked: the same scripted pan, zoom and card drag (120 steps each, one per frame), frame times and work per frame.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';
import { chromium, type Browser } from '@playwright/test';
import { build } from 'vite';
import { stats, type BenchReport } from './harness';

const root = join(import.meta.dirname, '..', '..');
const out = join(root, 'dist', 'bench');
const ROUNDS = Number(process.env.SOCLE_BENCH_ROUNDS ?? 3);
const SCENARIOS = ['pan', 'zoom', 'drag'] as const;
/** The gestures the target is about (a card drag is measured too, and reported beside it). */
const TARGET = ['pan', 'zoom'] as const;
const FLOWS = ['bare', 'ours'] as const;
type Scenario = (typeof SCENARIOS)[number];
type Flow = (typeof FLOWS)[number];
const TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
};

/** A tiny static server of the built bench page, on 127.0.0.1 only. */
function serve(dir: string): Promise<{ server: Server; url: string }> {
  const server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)).replace(/^([/\\])+/, '');
    const file = join(dir, path);
    if (!file.startsWith(dir + sep) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(res);
  });
  return new Promise((done) =>
    server.listen(0, '127.0.0.1', () => done({ server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` })),
  );
}

interface Sample {
  interval: number;
  work: number;
}

async function measure(browser: Browser, url: string, flow: (typeof FLOWS)[number]): Promise<Record<string, Sample[]>> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${url}/bench/canvas.html?flow=${flow}`);
  await page.waitForFunction(() => document.querySelectorAll('.react-flow__node').length > 20, null, { timeout: 30_000 });
  await page.waitForTimeout(800);
  const result: Record<string, Sample[]> = {};
  for (const scenario of SCENARIOS) {
    result[scenario] = await page.evaluate(
      (s) => (window as unknown as { bench: { run(s: string): Promise<Sample[]> } }).bench.run(s),
      scenario,
    );
  }
  await page.close();
  if (errors.length > 0) throw new Error(`${flow}: ${errors.join('; ')}`);
  return result;
}

export async function run(): Promise<BenchReport> {
  await build({ configFile: join(root, 'renderer', 'vite.config.ts'), mode: 'bench', logLevel: 'warn' });
  const { server, url } = await serve(out);
  const browser = await chromium.launch({
    executablePath: process.env.SOCLE_CHROMIUM ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      // Frames as fast as they can be made, not at 60 Hz: an interval is then what the frame cost, not a multiple of 16.7 ms.
      '--disable-frame-rate-limit',
      '--disable-gpu-vsync',
    ],
  });
  const samples: Record<string, Sample[]> = {};
  try {
    // Alternate the two canvases so a slower moment of the machine weighs on both alike.
    for (let round = 0; round < ROUNDS; round++) {
      for (const flow of FLOWS) {
        const got = await measure(browser, url, flow);
        for (const s of SCENARIOS) (samples[`${flow}:${s}`] ??= []).push(...(got[s] ?? []));
      }
    }
  } finally {
    await browser.close();
    server.close();
  }

  const of = (flow: Flow, scenarios: readonly Scenario[], key: keyof Sample) =>
    scenarios.flatMap((s) => (samples[`${flow}:${s}`] ?? []).map((x) => x[key]));
  const name = (flow: Flow) => (flow === 'ours' ? 'ours' : 'bare React Flow');
  const row = (label: string, xs: number[]) => ({ label, ...stats(xs) });
  const table = [
    ...FLOWS.map((f) => row(`${name(f)}: frame time, pan + zoom`, of(f, TARGET, 'interval'))),
    ...SCENARIOS.flatMap((s) => FLOWS.map((f) => row(`${name(f)}: frame time, ${s}`, of(f, [s], 'interval')))),
    ...SCENARIOS.flatMap((s) => FLOWS.map((f) => row(`${name(f)}: script, style and layout per frame, ${s}`, of(f, [s], 'work')))),
  ];
  const ratio = (scenarios: readonly Scenario[], at: 'p50' | 'p95') =>
    stats(of('ours', scenarios, 'interval'))[at] / stats(of('bare', scenarios, 'interval'))[at];
  const target = ratio(TARGET, 'p50');
  const each = SCENARIOS.map((s) => `${s} ${ratio([s], 'p50').toFixed(2)}x`).join(', ');
  const worst = Math.max(...SCENARIOS.map((s) => ratio([s], 'p50')));
  return {
    title: 'Canvas, 1,000 cards and 1,000 links: our step canvas vs a bare React Flow (Chromium, 1280x800)',
    table,
    verdicts: [
      `Median frame time over the scripted pan and zoom: ours / bare ${target.toFixed(2)}x (target at most 1.0x): ${target <= 1 ? 'met' : 'NOT met'}; p95 ${ratio(TARGET, 'p95').toFixed(2)}x.`,
      `Median by gesture, ours / bare: ${each} (target: none above 1.3x): ${worst <= 1.3 ? 'met' : 'NOT met'}. A frame time is the interval between two frames with the frame rate unlocked, so it holds script, style, layout, paint and raster.`,
    ],
  };
}
