// npm test: typecheck, lint, format, unit and integration tests (vitest), end-to-end tests (Playwright).
// Every suite runs even when an earlier one failed; the last line sums them all: "N passed, N failed".
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { ensure } from './prereqs.mjs';

const root = new URL('..', import.meta.url).pathname;
const bin = (name) => join(root, 'node_modules', '.bin', process.platform === 'win32' ? `${name}.cmd` : name);
const results = join(root, 'test-results');
mkdirSync(results, { recursive: true });

const only = process.argv.slice(2);
const totals = { passed: 0, failed: 0, skipped: 0 };
const lines = [];

function run(command, args, env = {}) {
  const r = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  return r.status === 0;
}

function check(name, command, args) {
  if (only.length && !only.includes(name)) return;
  console.log(`\n=== ${name}`);
  const ok = run(command, args);
  totals[ok ? 'passed' : 'failed'] += 1;
  lines.push(`${name}: ${ok ? 'ok' : 'FAILED'}`);
}

function counted(name, command, args, report, read, env = {}) {
  if (only.length && !only.includes(name)) return;
  console.log(`\n=== ${name}`);
  rmSync(report, { force: true });
  const ok = run(command, args, env);
  if (!existsSync(report)) {
    totals.failed += 1;
    lines.push(`${name}: FAILED (no report was written)`);
    return;
  }
  const c = read(JSON.parse(readFileSync(report, 'utf8')));
  if (!ok && c.failed === 0) c.failed = 1; // the runner failed outside any test (e.g. a file that does not load)
  totals.passed += c.passed;
  totals.failed += c.failed;
  totals.skipped += c.skipped;
  lines.push(`${name}: ${c.passed} passed, ${c.failed} failed, ${c.skipped} skipped`);
}

// Stop before any suite when the machine lacks what the suites need and we cannot install it:
// one line says what to install and how, and CI still reads a closing count.
if (!ensure()) {
  console.log('0 passed, 1 failed');
  process.exit(1);
}

check('typecheck', bin('tsc'), ['-p', 'tsconfig.json', '--noEmit']);
check('lint', bin('eslint'), ['.']);
check('format', bin('prettier'), ['--check', '.', '--log-level', 'warn']);

const vitestReport = join(results, 'vitest.json');
counted('unit', bin('vitest'), ['run', '--reporter=default', '--reporter=json', `--outputFile=${vitestReport}`], vitestReport, (j) => ({
  passed: j.numPassedTests,
  failed: j.numFailedTests + (j.numRuntimeErrorTestSuites ?? 0),
  skipped: j.numPendingTests + (j.numTodoTests ?? 0),
}));

if (!only.length || only.includes('e2e')) {
  console.log('\n=== build renderer');
  if (!run('npm', ['run', '--silent', 'build:renderer'])) {
    totals.failed += 1;
    lines.push('e2e: FAILED (the renderer did not build)');
  } else {
    const e2eReport = join(results, 'playwright.json');
    counted(
      'e2e',
      bin('playwright'),
      ['test', '-c', 'test/e2e/playwright.config.ts'],
      e2eReport,
      (j) => ({ passed: j.stats.expected + j.stats.flaky, failed: j.stats.unexpected, skipped: j.stats.skipped }),
      { PLAYWRIGHT_JSON_OUTPUT_NAME: e2eReport },
    );
  }
}

console.log('\n=== summary');
for (const line of lines) console.log(line);
if (totals.skipped) console.log(`${totals.skipped} skipped (each says why above)`);
// The last line is exactly "N passed, N failed", as CI reads it.
console.log(`${totals.passed} passed, ${totals.failed} failed`);
process.exit(totals.failed > 0 ? 1 : 0);
