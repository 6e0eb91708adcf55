// The room's network for the host: starts the participants' listener when the room opens, stops it when it closes.
import type { RoomNetwork } from '../../host/room/room';
import { startRoomServer, type GuestTarget, type RoomServer } from './server';

export interface RoomNetworkOptions {
  staticDir: string;
  /** Where to listen; asked at each opening (the laptop may have changed network). */
  address: () => string;
  port?: number;
}

/** The host is created with this network; `attach` gives it the host once that exists. */
export function roomNetwork(
  options: RoomNetworkOptions,
): RoomNetwork & { attach(target: GuestTarget): void; current(): RoomServer | null } {
  let target: GuestTarget | null = null;
  let server: RoomServer | null = null;
  let generation = 0;
  return {
    attach: (t) => {
      target = t;
    },
    current: () => server,
    open(ready, failed) {
      const mine = ++generation;
      const host = target;
      if (!host) return failed('The room has no host to talk to.');
      startRoomServer({ host, staticDir: options.staticDir, address: options.address(), port: options.port }).then(
        (started) => {
          if (mine !== generation) return void started.close();
          server = started;
          ready(started.url);
        },
        (error: Error) => failed(`The room could not listen: ${error.message}`),
      );
    },
    close() {
      generation += 1;
      void server?.close();
      server = null;
    },
  };
}
