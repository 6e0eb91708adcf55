// BENCHMARKS.md sections: a partial run replaces its own section and keeps the others as they were.
import { describe, expect, it } from 'vitest';
import { parseSections, renderFile, renderSection } from '../bench/sections';

const report = (title: string, p50: number) => ({
  title,
  table: [{ label: 'x', p50, p95: p50 * 2, mean: p50, n: 10 }],
  verdicts: [`${title}: met.`],
});

describe('benchmark sections', () => {
  it('keeps the sections of files not run, in file order, and lists files never measured', () => {
    const first = renderFile(
      ['a.bench.ts', 'b.bench.ts', 'c.bench.ts'],
      new Map([['a.bench.ts', renderSection('a.bench.ts', 'Monday', [report('A', 1)])]]),
    );
    expect(first).toContain('Not measured yet: b.bench.ts, c.bench.ts.');

    const sections = parseSections(first);
    sections.set('b.bench.ts', renderSection('b.bench.ts', 'Tuesday', [report('B', 2)]));
    const second = renderFile(['a.bench.ts', 'b.bench.ts', 'c.bench.ts'], sections);
    expect(second.indexOf('## A')).toBeGreaterThan(0);
    expect(second.indexOf('## A')).toBeLessThan(second.indexOf('## B'));
    expect(second).toContain('_Monday_');
    expect(second).toContain('| x | 2.000 | 4.000 | 2.000 | 10 |');
    expect(second).toContain('Not measured yet: c.bench.ts.');
    expect(second).not.toContain('b.bench.ts.\n');
    // The list of files never measured is written once, never carried into the last section again.
    const third = renderFile(['a.bench.ts', 'b.bench.ts', 'c.bench.ts'], parseSections(second));
    expect(third.match(/Not measured yet/g)).toHaveLength(1);
  });

  it('replaces a file’s section when it runs again, and ignores text outside the marks', () => {
    const old = renderFile(['a.bench.ts'], new Map([['a.bench.ts', renderSection('a.bench.ts', 'Monday', [report('A', 1)])]]));
    const sections = parseSections(`stray header\n${old}`);
    sections.set('a.bench.ts', renderSection('a.bench.ts', 'Friday', [report('A', 9)]));
    const next = renderFile(['a.bench.ts'], sections);
    expect(next).toContain('_Friday_');
    expect(next).not.toContain('Monday');
    expect(next).not.toContain('stray header');
    expect(next.match(/## A/g)).toHaveLength(1);
  });
});
