// The participants' dispatcher: only the guest contract, validated like every call, limited per phone.
import { CallFailure, GUEST_CALL_NAMES, fail, guestContract, ok, type GuestCallName, type Result } from '../../../shared/api';
import { invalidInput } from '../dispatch';
import type { Context } from '../handlers/types';
import { guestHandlers, type GuestMeta } from './guest-calls';

const NAMES = new Set<string>(GUEST_CALL_NAMES);
const isGuestCall = (name: string): name is GuestCallName => NAMES.has(name);

export async function dispatchGuest(ctx: Context, name: string, input: unknown, meta: GuestMeta): Promise<Result<unknown>> {
  // A facilitator call, a library call or a typo: all the same to a participant.
  if (!isGuestCall(name)) return fail('unknown_call', 'There is no such participant call.');
  const guest = ctx.room.guest(meta.token);
  if (!ctx.room.calls.take(guest ? `g:${guest.id}` : `a:${meta.address}`))
    return fail('rate_limited', { en: 'Too many requests: wait a moment.', fr: 'Trop de requêtes : patientez un instant.' });
  const spec = guestContract[name];
  const parsed = spec.input.safeParse(input ?? {});
  if (!parsed.success) return invalidInput(parsed.error);
  try {
    const handler = guestHandlers[name] as (args: unknown, c: typeof ctx, g: typeof guest, m: GuestMeta) => unknown;
    return ok(await handler(parsed.data, ctx, guest, meta));
  } catch (error) {
    if (error instanceof CallFailure) return fail(error.code, error.text);
    // Never tell a phone what broke inside the host.
    console.error(`room: ${name} failed`, error);
    return fail('internal', { en: 'Something went wrong; the facilitator can see it.', fr: 'Une erreur est survenue.' });
  }
}
