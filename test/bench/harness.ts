// Benchmark helpers: timing percentiles and the shape every benchmark reports.
export interface Stats {
  p50: number;
  p95: number;
  mean: number;
  n: number;
}

export interface BenchReport {
  title: string;
  /** Rows of label -> figures, in milliseconds unless the label says otherwise. */
  table: { label: string; p50: number; p95: number; mean: number; n: number }[];
  /** Sentences that state the target and whether it is met, with the ratio. */
  verdicts: string[];
}

export function stats(samples: number[]): Stats {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
  return { p50: at(0.5), p95: at(0.95), mean: sorted.reduce((s, x) => s + x, 0) / Math.max(1, sorted.length), n: sorted.length };
}

/** Runs fn `warmup` times untimed, then `iterations` times timed; returns milliseconds per call. */
export function time(fn: (i: number) => void, iterations: number, warmup = Math.ceil(iterations / 10)): Stats {
  for (let i = 0; i < warmup; i++) fn(i);
  const samples: number[] = [];
  for (let i = 0; i < iterations; i++) {
    const start = process.hrtime.bigint();
    fn(i);
    samples.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return stats(samples);
}

/** The same as `time` for a step that answers with a promise: each call is awaited before the next. */
export async function timeAsync(
  fn: (i: number) => Promise<unknown>,
  iterations: number,
  warmup = Math.ceil(iterations / 10),
): Promise<Stats> {
  for (let i = 0; i < warmup; i++) await fn(i);
  const samples: number[] = [];
  for (let i = 0; i < iterations; i++) {
    const start = process.hrtime.bigint();
    await fn(i);
    samples.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return stats(samples);
}

export const ms = (x: number) => `${x.toFixed(3)} ms`;
