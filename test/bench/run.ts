// npm run bench: runs every benchmark (or those named on the command line) and writes BENCHMARKS.md.
import { readdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import type { BenchReport } from './harness';

const dir = import.meta.dirname;
const wanted = process.argv.slice(2);
const all = readdirSync(dir)
  .filter((f) => f.endsWith('.bench.ts'))
  .sort();
const files = all.filter((f) => wanted.length === 0 || wanted.some((w) => f.startsWith(w)));
const skipped = all.filter((f) => !files.includes(f));

const reports: BenchReport[] = [];
for (const file of files) {
  console.log(`bench: ${file}`);
  const mod = (await import(join(dir, file))) as { run: () => BenchReport | Promise<BenchReport> };
  const report = await mod.run();
  reports.push(report);
  for (const v of report.verdicts) console.log(`  ${v}`);
}

const f = (x: number) => x.toFixed(3);
const lines = [
  '# Benchmarks',
  '',
  `Written by \`npm run bench\` on ${new Date().toISOString().slice(0, 10)}: Node ${process.version}, ${cpus().length} cores (${cpus()[0]?.model ?? 'unknown CPU'}).`,
  'Each baseline is measured in the same run as the figure it is compared with. Times in milliseconds.',
  '',
];
for (const r of reports) {
  lines.push(`## ${r.title}`, '', '| what | p50 | p95 | mean | n |', '|---|---:|---:|---:|---:|');
  for (const row of r.table) lines.push(`| ${row.label} | ${f(row.p50)} | ${f(row.p95)} | ${f(row.mean)} | ${row.n} |`);
  lines.push('', ...r.verdicts.map((v) => `- ${v}`), '');
}
if (skipped.length > 0) lines.push(`Not run in this pass (\`npm run bench -- ${wanted.join(' ')}\`): ${skipped.join(', ')}.`, '');
writeFileSync(join(dir, '..', '..', 'BENCHMARKS.md'), lines.join('\n'));
console.log(lines.join('\n'));
