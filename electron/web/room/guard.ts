// Who may talk to the room's listener: requests addressed to its own host and port, from its own page.
import type { IncomingMessage } from 'node:http';

export type RoomVerdict = { allowed: true } | { allowed: false; status: 403; reason: string };

/** DNS rebinding and cross-site posts: the Host must be the address we listen on, any Origin our own. */
export function judgeRoom(req: IncomingMessage, authority: string): RoomVerdict {
  if (req.headers.host !== authority) return { allowed: false, status: 403, reason: 'foreign Host' };
  const origin = req.headers.origin;
  if (origin !== undefined && origin !== `http://${authority}`) return { allowed: false, status: 403, reason: 'foreign Origin' };
  return { allowed: true };
}

/** The address to show participants: the first private IPv4 address of a network interface. */
export function lanAddress(
  interfaces: Record<string, { address: string; family: string | number; internal: boolean }[] | undefined>,
): string | null {
  const candidates: string[] = [];
  for (const list of Object.values(interfaces)) {
    for (const entry of list ?? []) {
      if (entry.internal) continue;
      if (entry.family !== 'IPv4' && entry.family !== 4) continue;
      candidates.push(entry.address);
    }
  }
  const isPrivate = (a: string) => a.startsWith('10.') || a.startsWith('192.168.') || /^172\.(1[6-9]|2\d|3[01])\./.test(a);
  return candidates.find(isPrivate) ?? candidates[0] ?? null;
}
