// The room for the host process: the participants' listener (electron/web/room) started from the host's own
// process, as `npm run serve` starts it in its one process. Electron's main passes where the room's pages
// are (--room-static); without it the process has no room network and "Open the room" says so.
import { networkInterfaces } from 'node:os';
import { lanAddress } from '../web/room/guard';
import { roomNetwork } from '../web/room/network';
import { ROOM_STATIC_FLAG } from './protocol';

function argument(argv: readonly string[], name: string): string | undefined {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : undefined;
}

/**
 * The room network for this process, or null without --room-static. The address is asked when a person
 * opens the room (the laptop's LAN address then); SOCLE_ROOM_ADDRESS pins it (127.0.0.1 in tests).
 */
export function processRoomNetwork(
  argv: readonly string[] = process.argv,
  env: Record<string, string | undefined> = process.env,
  interfaces: () => Parameters<typeof lanAddress>[0] = networkInterfaces,
): ReturnType<typeof roomNetwork> | null {
  const staticDir = argument(argv, ROOM_STATIC_FLAG);
  if (!staticDir) return null;
  const pinned = env.SOCLE_ROOM_ADDRESS;
  return roomNetwork({ staticDir, address: () => pinned ?? lanAddress(interfaces()) ?? '127.0.0.1' });
}
