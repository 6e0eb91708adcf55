// `npm run serve`: starts the host and the browser mode, prints the one line to open.
import { existsSync } from 'node:fs';
import { networkInterfaces } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { LibraryOpenError, startHost } from '../host';
import { createJobPool } from '../host/jobs/pool';
import { resolveDataDir } from '../host/paths';
import { missingHostFlags } from '../host/v8-flags';
import { relaunchWithHostFlags, stopWithParent } from './relaunch';
import { lanAddress } from './room/guard';
import { roomNetwork } from './room/network';
import { startWebServer } from './server';

function argument(argv: readonly string[], name: string): string | undefined {
  const i = argv.indexOf(name);
  if (i >= 0) return argv[i + 1];
  return argv.find((a) => a.startsWith(`${name}=`))?.slice(name.length + 1);
}

async function main(): Promise<void> {
  // The host's V8 flags can only be given at start: without them, this process starts the server again with them.
  if (missingHostFlags().length > 0) return relaunchWithHostFlags(fileURLToPath(import.meta.url));
  const argv = process.argv.slice(2);
  const root = join(import.meta.dirname, '..', '..');
  const staticDir = join(root, 'dist', 'renderer');
  const portText = argument(argv, '--port') ?? process.env.SOCLE_PORT;
  const port = portText ? Number(portText) : 0;
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`Socle: --port must be a whole number from 0 to 65535, not "${portText}".`);
    process.exit(1);
  }
  const dataDir = resolveDataDir(argv);
  const language = (process.env.LC_ALL ?? process.env.LANG ?? '').toLowerCase().startsWith('fr') ? 'fr' : 'en';
  // The room listens on the laptop's network only when a person opens it; tests pin it to loopback.
  const pinned = argument(argv, '--room-address') ?? process.env.SOCLE_ROOM_ADDRESS;
  const network = roomNetwork({ staticDir, address: () => pinned ?? lanAddress(networkInterfaces()) ?? '127.0.0.1' });
  let host;
  try {
    host = startHost({
      dataDir,
      mode: 'web',
      language,
      roomNetwork: network,
      validateOutput: process.env.NODE_ENV !== 'production',
      jobs: createJobPool(),
    });
  } catch (error) {
    if (error instanceof LibraryOpenError) {
      // Both languages: the terminal's locale is a guess, and the message must be understood.
      console.error(`Socle: ${error.say(language)}`);
      console.error(`Socle: ${error.say(language === 'fr' ? 'en' : 'fr')}`);
      process.exit(error.problem === 'in-use' ? 3 : 2);
    }
    throw error;
  }
  // After the library's lock: a second process on a library in use is told so first, whatever else is missing.
  if (!existsSync(join(staticDir, 'index.html'))) {
    host.close();
    console.error('Socle: the interface is not built yet; run `npm run build:renderer` (npm run serve does it when needed).');
    process.exit(1);
  }
  network.attach(host);
  if (host.info.notice) console.error(`Socle: ${host.info.notice}`);
  const web = await startWebServer({ host, staticDir, port });
  console.log(`Socle: ${web.url}`);
  let stopping = false;
  const stop = () => {
    // A terminal's Ctrl+C reaches this process twice when it was relaunched: from the terminal and from its parent.
    if (stopping) return;
    stopping = true;
    void web.close().finally(() => {
      host.close();
      process.exit(0);
    });
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  stopWithParent(stop);
}

void main();
