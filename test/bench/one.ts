// Runs one benchmark file in this process and writes its report as JSON to the given path (run.ts starts it in a
// child process with the host's V8 flags, for the benchmarks that measure the host).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BenchReport } from './harness';

const [file, out] = process.argv.slice(2);
if (!file || !out) throw new Error('usage: one.ts <file.bench.ts> <report.json>');
const mod = (await import(join(import.meta.dirname, file))) as { run: () => BenchReport | Promise<BenchReport> };
writeFileSync(out, JSON.stringify(await mod.run()));
