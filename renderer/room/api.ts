// The phone's client of the participant calls: POST JSON with the token, answers as results.
import { GUEST_API_PREFIX, GUEST_TOKEN_HEADER, type GuestCallInput, type GuestCallName, type GuestCallOutput } from '../../shared/api/room';
import type { Result } from '../../shared/api/result';

const TOKEN_KEY = 'socle.room.token';

export const token = {
  get: (): string | null => sessionStorage.getItem(TOKEN_KEY),
  set: (value: string) => sessionStorage.setItem(TOKEN_KEY, value),
  clear: () => sessionStorage.removeItem(TOKEN_KEY),
};

/** A network failure (the listener stopped, the phone left the Wi-Fi) is a result too. */
export async function guestCall<N extends GuestCallName>(name: N, input: GuestCallInput<N>): Promise<Result<GuestCallOutput<N>> | null> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  const current = token.get();
  if (current) headers[GUEST_TOKEN_HEADER] = current;
  try {
    const response = await fetch(`${GUEST_API_PREFIX}${name}`, { method: 'POST', headers, body: JSON.stringify(input) });
    return (await response.json()) as Result<GuestCallOutput<N>>;
  } catch {
    return null;
  }
}
