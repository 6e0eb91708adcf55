// npm run bench: runs every benchmark (or those named on the command line) and writes their sections of BENCHMARKS.md.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import type { BenchReport } from './harness';
import { parseSections, renderFile, renderSection } from './sections';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { HOST_V8_FLAGS } from '../../electron/host/v8-flags';

const dir = import.meta.dirname;
const target = join(dir, '..', '..', 'BENCHMARKS.md');
const wanted = process.argv.slice(2);
const all = readdirSync(dir)
  .filter((f) => f.endsWith('.bench.ts'))
  .sort();
const files = all.filter((f) => wanted.length === 0 || wanted.some((w) => f.startsWith(w)));
if (files.length === 0) {
  console.error(`bench: no benchmark file starts with ${wanted.join(' or ')}; there are ${all.join(', ')}`);
  process.exit(2);
}

/**
 * What runs in the renderer (Chromium), measured in this process as it is; everything else measures the host, and runs
 * in a child process started with the host's V8 flags, as the product's host is (electron/host/v8-flags.ts).
 */
const RENDERER_SIDE = new Set(['checks.bench.ts', 'canvas.bench.ts']);

async function runOne(file: string): Promise<BenchReport> {
  if (RENDERER_SIDE.has(file)) {
    const mod = (await import(join(dir, file))) as { run: () => BenchReport | Promise<BenchReport> };
    return mod.run();
  }
  const work = mkdtempSync(join(tmpdir(), 'socle-bench-'));
  const out = join(work, 'report.json');
  try {
    const r = spawnSync(process.execPath, [...HOST_V8_FLAGS, ...process.execArgv, join(dir, 'one.ts'), file, out], { stdio: 'inherit' });
    if (r.status !== 0) throw new Error(`bench ${file} failed (exit ${r.status ?? r.signal})`);
    return JSON.parse(readFileSync(out, 'utf8')) as BenchReport;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

async function runBenches(): Promise<void> {
  const sections = existsSync(target) ? parseSections(readFileSync(target, 'utf8')) : new Map<string, string>();
  const machine = `Node ${process.version}, ${cpus().length} cores (${cpus()[0]?.model ?? 'unknown CPU'})`;
  for (const file of files) {
    console.log(`bench: ${file}`);
    const before = loadavg()[0] ?? 0;
    const report = await runOne(file);
    for (const v of report.verdicts) console.log(`  ${v}`);
    const after = loadavg()[0] ?? 0;
    const measured = `Measured ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC on ${machine}; 1-minute load average ${before.toFixed(1)} before, ${after.toFixed(1)} after.`;
    sections.set(file, renderSection(file, measured, [report]));
    // Written after each file, so a long run that is stopped keeps what it measured.
    writeFileSync(target, renderFile(all, sections));
  }
  console.log(readFileSync(target, 'utf8'));
}

await runBenches();
