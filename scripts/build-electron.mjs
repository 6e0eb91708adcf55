// Bundles the Electron main process, the host process, its job worker and the preload into
// dist/electron/*.cjs with esbuild.
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const out = join(root, 'dist', 'electron');

// Electron 43 ships Node 24; better-sqlite3 is native and loaded at run time (with the Electron
// build passed as nativeBinding), electron is provided by the runtime itself.
const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node24',
  sourcemap: 'linked',
  external: ['electron', 'better-sqlite3'],
  logLevel: 'warning',
  metafile: true,
  absWorkingDir: root,
};

/** The sandboxed preload can require 'electron' and nothing else: refuse a bundle that does more. */
function checkPreload(metafile) {
  const output = Object.values(metafile.outputs).find((o) => o.entryPoint);
  const imports = (output?.imports ?? []).filter((i) => i.external).map((i) => i.path);
  const foreign = imports.filter((path) => path !== 'electron');
  if (foreign.length > 0) {
    throw new Error(`the preload must import only 'electron', but it requires: ${foreign.join(', ')}`);
  }
  const inputs = Object.keys(metafile.inputs);
  const heavy = inputs.filter((path) => /node_modules|shared\/api\/contract/.test(path));
  if (heavy.length > 0) throw new Error(`the preload pulls in ${heavy.join(', ')}; import shared/api/names.ts instead`);
}

async function main() {
  const started = Date.now();
  await build({ ...common, entryPoints: ['electron/main/main.ts'], outfile: join(out, 'main.cjs') });
  // The host's own process (main forks it as a utilityProcess): the library, the services, the exporters.
  // better-sqlite3 stays external and is loaded with the Electron build passed as nativeBinding.
  await build({ ...common, entryPoints: ['electron/host/process.ts'], outfile: join(out, 'host-process.cjs') });
  // The host's job worker (exports off the thread that answers calls), beside the bundle that starts it.
  await build({ ...common, entryPoints: ['electron/host/jobs/worker.ts'], outfile: join(out, 'job-worker.cjs') });
  const preload = await build({
    ...common,
    entryPoints: ['electron/preload/preload.ts'],
    outfile: join(out, 'preload.cjs'),
  });
  checkPreload(preload.metafile);
  const size = (file) => `${Math.round(readFileSync(join(out, file)).length / 1024)} KB`;
  console.log(
    `build-electron: ${relative(root, join(out, 'main.cjs'))} (${size('main.cjs')}), ` +
      `${relative(root, join(out, 'preload.cjs'))} (${size('preload.cjs')}) in ${Date.now() - started} ms`,
  );
}

main().catch((error) => {
  console.error(`build-electron: ${error.message}`);
  process.exit(1);
});
