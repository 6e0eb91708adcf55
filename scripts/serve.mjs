// npm run serve: the browser mode, started from built bundles. The interface (Vite) and the server (esbuild) are
// rebuilt only when one of their sources changed since the last build (a stamp of paths, sizes and mtimes), so a
// second start skips both builds and the TypeScript loader.
//
// Usage: node scripts/serve.mjs [--port N] [--data-dir DIR]; SOCLE_REBUILD=1 forces both builds.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const SKIP = new Set(['node_modules', 'dist', '.git', 'bench']);

/** Every file under the given paths (folders walked, `bench` pages skipped), sorted. */
function files(paths) {
  const out = [];
  const walk = (path) => {
    if (!existsSync(path)) return;
    const stat = statSync(path);
    if (!stat.isDirectory()) return out.push([path, stat]);
    for (const name of readdirSync(path)) if (!SKIP.has(name)) walk(join(path, name));
  };
  for (const p of paths) walk(join(root, p));
  return out.sort(([a], [b]) => (a < b ? -1 : 1));
}

/** A hash of the sources' names, sizes and modification times: changes when a file is edited, added or removed. */
export function stampOf(paths) {
  const hash = createHash('sha256');
  for (const [path, stat] of files(paths)) hash.update(`${relative(root, path)}\0${stat.size}\0${stat.mtimeMs}\n`);
  return hash.digest('hex');
}

const COMMON = ['shared', 'package-lock.json', 'package.json'];
export const TARGETS = {
  renderer: {
    sources: [...COMMON, 'renderer', 'assets'],
    stampFile: join(root, 'dist', 'renderer', '.socle-stamp'),
    output: join(root, 'dist', 'renderer', 'index.html'),
  },
  server: {
    sources: [...COMMON, 'electron/host', 'electron/web', 'scripts/serve.mjs'],
    stampFile: join(root, 'dist', 'web', '.socle-stamp'),
    output: join(root, 'dist', 'web', 'cli.mjs'),
  },
};

const fresh = (target, stamp) =>
  !process.env.SOCLE_REBUILD &&
  existsSync(target.output) &&
  existsSync(target.stampFile) &&
  readFileSync(target.stampFile, 'utf8') === stamp;

function buildRenderer() {
  const vite = join(root, 'node_modules', 'vite', 'bin', 'vite.js');
  const env = { ...process.env, NODE_ENV: 'production' };
  const r = spawnSync(process.execPath, [vite, 'build', '--config', 'renderer/vite.config.ts', '--logLevel', 'warn'], {
    cwd: root,
    stdio: 'inherit',
    env,
  });
  if (r.status !== 0) throw new Error('the interface could not be built (see above)');
}

// An ES module bundle; pdfkit and its kin are CommonJS and look for require, __filename and __dirname.
const BANNER = [
  "import { createRequire as __socleRequire } from 'node:module';",
  "import { fileURLToPath as __socleFileUrl } from 'node:url';",
  'const require = __socleRequire(import.meta.url);',
  'const __filename = __socleFileUrl(import.meta.url);',
  "const __dirname = __socleFileUrl(new URL('.', import.meta.url));",
].join('\n');

async function buildServer() {
  const { build } = await import('esbuild');
  const out = dirname(TARGETS.server.output);
  rmSync(out, { recursive: true, force: true });
  // One build for both entries, split into chunks: the exporters (docx, pdfkit, pptxgenjs) load only where they
  // run, in the job worker, so the server starts without parsing them.
  await build({
    entryPoints: { cli: 'electron/web/cli.ts', 'job-worker': 'electron/host/jobs/worker.ts' },
    outdir: out,
    outExtension: { '.js': '.mjs' },
    chunkNames: 'chunks/[name]-[hash]',
    splitting: true,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    external: ['better-sqlite3'],
    banner: { js: BANNER },
    logLevel: 'warning',
    absWorkingDir: root,
  });
}

/** Builds what is stale; answers what was rebuilt. */
export async function prepare() {
  const rebuilt = [];
  for (const [name, target] of Object.entries(TARGETS)) {
    const stamp = stampOf(target.sources);
    if (fresh(target, stamp)) continue;
    const started = Date.now();
    if (name === 'renderer') buildRenderer();
    else await buildServer();
    // The stamp of the sources as they were when the build started: an edit made meanwhile rebuilds next time.
    writeFileSync(target.stampFile, stamp);
    rebuilt.push(`${name} (${Date.now() - started} ms)`);
  }
  return rebuilt;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  try {
    const rebuilt = await prepare();
    if (rebuilt.length > 0) console.error(`Socle: built ${rebuilt.join(', ')}.`);
  } catch (error) {
    console.error(`Socle: ${error.message}`);
    process.exit(1);
  }
  // The server reads its arguments from process.argv, as when it runs on its own.
  await import(pathToFileURL(TARGETS.server.output).href);
}
