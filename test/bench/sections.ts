// BENCHMARKS.md as sections, one per benchmark file, so a partial run (`npm run bench -- canvas`) replaces its own
// sections and keeps the others with the date and machine they were measured on.
import type { BenchReport } from './harness';

const MARK = /^<!-- bench: (\S+) -->$/;

/** The sections of an existing BENCHMARKS.md, by benchmark file; text before the first mark is the header, dropped. */
export function parseSections(text: string): Map<string, string> {
  const sections = new Map<string, string>();
  let file: string | null = null;
  let lines: string[] = [];
  const flush = () => {
    if (file) sections.set(file, lines.join('\n').trimEnd());
  };
  for (const line of text.split('\n')) {
    const m = MARK.exec(line);
    // The closing list of files never measured belongs to no section (renderFile writes it anew each time).
    if (line.startsWith('Not measured yet:')) {
      flush();
      file = null;
    } else if (m) {
      flush();
      file = m[1] ?? null;
      lines = [line];
    } else if (file) lines.push(line);
  }
  flush();
  return sections;
}

const f = (x: number) => x.toFixed(3);

/** One benchmark's section: its mark, when and where it ran, then each report's table and verdicts. */
export function renderSection(file: string, measured: string, reports: readonly BenchReport[]): string {
  const lines = [`<!-- bench: ${file} -->`];
  for (const r of reports) {
    lines.push(`## ${r.title}`, '', `_${measured}_`, '', '| what | p50 | p95 | mean | n |', '|---|---:|---:|---:|---:|');
    for (const row of r.table) lines.push(`| ${row.label} | ${f(row.p50)} | ${f(row.p95)} | ${f(row.mean)} | ${row.n} |`);
    lines.push('', ...r.verdicts.map((v) => `- ${v}`), '');
  }
  return lines.join('\n').trimEnd();
}

/** The whole file: header, then one section per benchmark file in `order`; files never measured are listed at the end. */
export function renderFile(order: readonly string[], sections: ReadonlyMap<string, string>): string {
  const lines = [
    '# Benchmarks',
    '',
    'Written by `npm run bench` (`npm run bench -- canvas` runs only the files whose name starts with `canvas` and keeps the other sections).',
    'Each baseline is measured in the same run as the figure it is compared with; each section says when and on what. Times in milliseconds.',
    '',
  ];
  const missing: string[] = [];
  for (const file of order) {
    const section = sections.get(file);
    if (section) lines.push(section, '');
    else missing.push(file);
  }
  if (missing.length > 0) lines.push(`Not measured yet: ${missing.join(', ')}.`, '');
  return lines.join('\n');
}
