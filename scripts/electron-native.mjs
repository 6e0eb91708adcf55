// Prepares better-sqlite3 built for Electron's ABI in .electron-native/, leaving the Node build in
// node_modules (which the tests use) untouched; main.ts passes the file as nativeBinding.
//
// Usage: node scripts/electron-native.mjs (npm start runs it). Skipped when
// .electron-native/better_sqlite3-electron-<electron version>.node exists; delete it to rebuild.
// Tries better-sqlite3's prebuilt Electron binary (GitHub releases) first, then compiles a copy of the
// package with node-gyp against https://electronjs.org/headers (needs Python 3 and a C++ toolchain).
// Both need the network once; offline it exits 1 with an explanation, and npm start falls back to
// the browser mode.
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

/** Same name as electron/main/startup.ts nativeBindingName (a test checks they agree). */
export const nativeFileName = (version) => `better_sqlite3-electron-${version}.node`;

export function electronVersion(appRoot = root) {
  const installed = join(appRoot, 'node_modules', 'electron', 'package.json');
  if (existsSync(installed)) return JSON.parse(readFileSync(installed, 'utf8')).version;
  return JSON.parse(readFileSync(join(appRoot, 'package.json'), 'utf8')).optionalDependencies?.electron;
}

/** node-gyp: the one npm gives scripts, a local one, or the one bundled with npm beside node. */
export function nodeGypScript(env = process.env, execPath = process.execPath, appRoot = root) {
  const candidates = [
    env.npm_config_node_gyp,
    join(appRoot, 'node_modules', 'node-gyp', 'bin', 'node-gyp.js'),
    join(dirname(execPath), '..', 'lib', 'node_modules', 'npm', 'node_modules', 'node-gyp', 'bin', 'node-gyp.js'),
    join(dirname(execPath), 'node_modules', 'npm', 'node_modules', 'node-gyp', 'bin', 'node-gyp.js'),
  ];
  return candidates.find((path) => path && existsSync(path)) ?? null;
}

// npm passes its config to child processes as npm_config_*; a nodedir, target or runtime set there
// (this machine sets nodedir=/usr) would silently build against Node's headers instead of Electron's.
export function buildEnv(env = process.env) {
  const overridden = /^npm_config_(nodedir|target|runtime|arch|disturl|dist_url|build_from_source)$/i;
  return Object.fromEntries(Object.entries(env).filter(([key]) => !overridden.test(key)));
}

function run(label, args, cwd, timeoutMinutes) {
  console.log(`electron-native: ${label}…`);
  const result = spawnSync(process.execPath, args, {
    cwd,
    env: buildEnv(),
    stdio: 'inherit',
    timeout: timeoutMinutes * 60_000,
  });
  if (result.error) console.log(`electron-native: ${label} did not run: ${result.error.message}`);
  return result.status === 0;
}

function explain(version) {
  console.error(
    [
      '',
      `electron-native: better-sqlite3 could not be prepared for Electron ${version}.`,
      'It needs either a prebuilt binary from GitHub (github.com/WiseLibs/better-sqlite3/releases) or',
      `Electron's headers from https://electronjs.org/headers plus a C++ toolchain (Python 3, make and`,
      'a C++ compiler; Visual Studio Build Tools on Windows). Connect this machine to the network once',
      'and run `node scripts/electron-native.mjs` again; the result is kept in .electron-native/.',
      'Meanwhile `npm run serve` runs Socle in the browser mode, which needs neither.',
    ].join('\n'),
  );
}

export function main() {
  const version = electronVersion();
  if (!version) {
    console.error('electron-native: no electron version found in node_modules/electron or package.json.');
    return 1;
  }
  const outDir = join(root, '.electron-native');
  const out = join(outDir, nativeFileName(version));
  if (existsSync(out)) {
    console.log(`electron-native: ${relative(root, out)} is ready.`);
    return 0;
  }
  // Built in a copy so node_modules/better-sqlite3/build keeps the Node build the tests load.
  const work = mkdtempSync(join(tmpdir(), 'socle-native-'));
  const pkg = join(work, 'better-sqlite3');
  const source = join(root, 'node_modules', 'better-sqlite3');
  try {
    cpSync(source, pkg, {
      recursive: true,
      filter: (path) => !path.startsWith(join(source, 'build') + sep) && path !== join(source, 'build'),
    });
    const target = ['--runtime=electron', `--target=${version}`, `--arch=${process.arch}`];
    const prebuild = join(root, 'node_modules', 'prebuild-install', 'bin.js');
    let built = existsSync(prebuild) && run('downloading a prebuilt binary', [prebuild, ...target, '--verbose'], pkg, 3);
    if (!built) {
      const gyp = nodeGypScript();
      if (!gyp) console.log('electron-native: node-gyp was not found (it ships with npm).');
      const gypArgs = ['rebuild', '--release', ...target, '--dist-url=https://electronjs.org/headers'];
      built = Boolean(gyp) && run('compiling with node-gyp', [gyp, ...gypArgs], pkg, 20);
    }
    const binary = join(pkg, 'build', 'Release', 'better_sqlite3.node');
    if (!built || !existsSync(binary)) {
      explain(version);
      return 1;
    }
    mkdirSync(outDir, { recursive: true });
    cpSync(binary, `${out}.partial`);
    renameSync(`${out}.partial`, out);
    console.log(`electron-native: wrote ${relative(root, out)}.`);
    return 0;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) process.exitCode = main();
