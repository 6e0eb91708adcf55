// npm start: Socle in Electron when its binary is here, otherwise in the browser mode; never hangs.
import { existsSync, readFileSync } from 'node:fs';
import { spawn, spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

const TEXT = {
  en: {
    fallback:
      'The Electron binary could not be downloaded on this machine; starting Socle in browser mode instead. ' +
      'It is the same app and the same library, served on 127.0.0.1 only: open the address printed below ' +
      'in a browser. To get the desktop app later, run `node node_modules/electron/install.js` once the ' +
      'machine can reach github.com, then `npm start` again.',
    nativeFallback:
      'Electron is installed, but the SQLite module for it could not be prepared (see above); starting Socle ' +
      'in browser mode instead, with the same library. Open the address printed below in a browser.',
    downloading: 'Socle: the Electron binary is missing; trying its official download once…',
    step: (name) => `Socle: ${name} failed; see the messages above.`,
  },
  fr: {
    fallback:
      'Le binaire d’Electron n’a pas pu être téléchargé sur cette machine ; Socle démarre donc en mode navigateur. ' +
      'C’est la même application et la même bibliothèque, servies sur 127.0.0.1 uniquement : ouvrez dans un ' +
      'navigateur l’adresse affichée ci-dessous. Pour obtenir l’application de bureau plus tard, lancez ' +
      '`node node_modules/electron/install.js` quand la machine peut joindre github.com, puis `npm start`.',
    nativeFallback:
      'Electron est installé, mais son module SQLite n’a pas pu être préparé (voir ci-dessus) ; Socle démarre ' +
      'donc en mode navigateur, avec la même bibliothèque. Ouvrez dans un navigateur l’adresse affichée ci-dessous.',
    downloading: 'Socle : le binaire d’Electron manque ; tentative unique de son téléchargement officiel…',
    step: (name) => `Socle : l’étape ${name} a échoué ; voir les messages ci-dessus.`,
  },
};
const locale = (process.env.LC_ALL || process.env.LC_MESSAGES || process.env.LANG || '').toLowerCase();
const text = TEXT[locale.startsWith('fr') ? 'fr' : 'en'];

/** The Electron executable, found the way node_modules/electron/index.js finds it, or null. */
export function electronBinary(appRoot = root, env = process.env) {
  const pkg = join(appRoot, 'node_modules', 'electron');
  const pathFile = join(pkg, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const relativePath = readFileSync(pathFile, 'utf8').trim();
  if (!relativePath) return null;
  const executable = env.ELECTRON_OVERRIDE_DIST_PATH
    ? join(env.ELECTRON_OVERRIDE_DIST_PATH, relativePath)
    : join(pkg, 'dist', relativePath);
  return existsSync(executable) ? executable : null;
}

// npm sets npm_execpath for scripts; running it with node avoids spawning npm.cmd through a shell.
function npm(args, options) {
  const cli = process.env.npm_execpath;
  if (cli && cli.endsWith('.js')) return [process.execPath, [cli, ...args], options];
  return [process.platform === 'win32' ? 'npm.cmd' : 'npm', args, { ...options, shell: process.platform === 'win32' }];
}

function step(name, command, args, options = {}) {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', ...options });
  if (result.status !== 0) console.error(text.step(name));
  return result.status === 0;
}

/** Runs a long-lived child with our signals forwarded, and exits with its code. */
function hand(command, args, options) {
  const child = spawn(command, args, { cwd: root, stdio: 'inherit', ...options });
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => child.kill(signal));
  child.on('error', (error) => {
    console.error(`Socle: ${error.message}`);
    process.exit(1);
  });
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
  return child;
}

function tryDownload() {
  const installer = join(root, 'node_modules', 'electron', 'install.js');
  if (!existsSync(installer)) return false;
  console.log(text.downloading);
  // Bounded: a machine behind a silent firewall must not leave npm start waiting forever.
  const result = spawnSync(process.execPath, [installer], {
    cwd: join(root, 'node_modules', 'electron'),
    stdio: ['ignore', 'inherit', 'pipe'],
    timeout: 5 * 60_000,
    encoding: 'utf8',
  });
  const reason = result.error?.message ?? (result.stderr ?? '').split('\n').find((l) => /error/i.test(l));
  if (result.status !== 0 && reason) console.error(`Socle: ${reason.trim()}`);
  return result.status === 0 && electronBinary() !== null;
}

/** The address `npm run serve` prints on its one line, or null for any other line. */
export function servedUrl(line) {
  const match = /^Socle: (http:\/\/127\.0\.0\.1:\d+\/\S*)$/.exec(line.trim());
  return match ? match[1] : null;
}

/** How to open an address in the system's browser, or null where there is no desktop to open it on. */
export function browserOpener(url, platform = process.platform, env = process.env) {
  if (env.SOCLE_NO_OPEN || env.CI) return null;
  if (platform === 'darwin') return ['open', [url]];
  if (platform === 'win32') return ['cmd', ['/c', 'start', '""', url]];
  if (!env.DISPLAY && !env.WAYLAND_DISPLAY) return null;
  return ['xdg-open', [url]];
}

function openInBrowser(url) {
  const opener = browserOpener(url);
  if (!opener) return;
  const child = spawn(opener[0], opener[1], { stdio: 'ignore', detached: true });
  child.on('error', () => {}); // no opener installed: the printed address is still there
  child.unref();
}

function browserMode(paragraph, args) {
  console.log(`\n${paragraph}\n`);
  const [command, npmArgs, options] = npm(['run', 'serve', ...(args.length ? ['--', ...args] : [])], {});
  const child = hand(command, npmArgs, { ...options, stdio: ['inherit', 'pipe', 'inherit'] });
  let opened = false;
  let pending = '';
  child.stdout.on('data', (chunk) => {
    process.stdout.write(chunk);
    pending += chunk.toString('utf8');
    const lines = pending.split('\n');
    pending = lines.pop() ?? '';
    for (const line of lines) {
      const url = !opened && servedUrl(line);
      if (url) {
        opened = true;
        openInBrowser(url);
      }
    }
  });
}

export function main(args = process.argv.slice(2)) {
  let executable = electronBinary();
  if (!executable && tryDownload()) executable = electronBinary();
  if (!executable) return browserMode(text.fallback, args);

  const [npmCommand, buildArgs, buildOptions] = npm(['run', 'build:renderer'], {});
  if (!step('build:renderer', npmCommand, buildArgs, buildOptions)) process.exit(1);
  if (!step('build:electron', process.execPath, [join(root, 'scripts', 'build-electron.mjs')])) process.exit(1);
  if (!step('electron-native', process.execPath, [join(root, 'scripts', 'electron-native.mjs')])) {
    return browserMode(text.nativeFallback, args);
  }
  // ELECTRON_RUN_AS_NODE left over from a parent would start a bare Node instead of the app.
  const env = { ...process.env };
  delete env.ELECTRON_RUN_AS_NODE;
  hand(executable, [root, ...args], { env });
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) main();
