// `npm run serve` from the command to a usable library (the page served and library.list answered), starting from
// built bundles, against a bare `node -e ""` start measured in the same run.
import { spawn, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { tempDir } from '../helpers/host';
import { ms, stats, type BenchReport } from './harness';

const root = join(import.meta.dirname, '..', '..');
const RUNS = 5;
const TARGET_MS = 2_000;

/** Milliseconds from spawning scripts/serve.mjs to a library.list answer through the page's own address. */
function startOnce(dataDir: string): Promise<number> {
  const started = performance.now();
  const child = spawn(process.execPath, [join(root, 'scripts', 'serve.mjs'), '--data-dir', dataDir], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((done, fail) => {
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString('utf8');
      const m = /(http:\/\/127\.0\.0\.1:\d+)\/\?token=(\S+)/.exec(out);
      if (!m) return;
      child.stdout.removeAllListeners('data');
      void (async () => {
        const page = await fetch(`${m[1]}/?token=${m[2]}`);
        const cookie = (page.headers.get('set-cookie') ?? '').split(';')[0]!;
        const r = await fetch(`${m[1]}/api/library.list`, {
          method: 'POST',
          headers: { cookie, origin: m[1]!, 'content-type': 'application/json' },
          body: '{}',
        });
        const answer = (await r.json()) as { ok: boolean };
        const took = performance.now() - started;
        child.kill();
        if (!answer.ok) fail(new Error('library.list failed'));
        else done(took);
      })().catch(fail);
    });
    child.on('exit', (code) => fail(new Error(`serve exited with ${code} before answering`)));
  });
}

export async function run(): Promise<BenchReport> {
  // The first start builds what is stale (not timed); the next ones start from the bundles.
  const dataDir = tempDir('socle-bench-serve-');
  await startOnce(dataDir);
  const starts: number[] = [];
  for (let i = 0; i < RUNS; i++) starts.push(await startOnce(dataDir));
  const bare: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t = performance.now();
    spawnSync(process.execPath, ['-e', '']);
    bare.push(performance.now() - t);
  }
  const s = stats(starts);
  const b = stats(bare);
  return {
    title: 'npm run serve: from the command to a usable library, from built bundles',
    table: [
      { label: 'scripts/serve.mjs to a library.list answer', ...s },
      { label: 'baseline: a bare `node -e ""`', ...b },
    ],
    verdicts: [
      `p95 start ${ms(s.p95)} (target under ${TARGET_MS} ms): ${s.p95 < TARGET_MS ? 'met' : 'NOT met'}; ${(s.p50 / b.p50).toFixed(1)}x a bare Node start.`,
    ],
  };
}
