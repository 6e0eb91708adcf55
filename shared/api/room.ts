// Room mode: the participants' contract (served alone by the room's listener) and the facilitator's room calls.
import { z } from 'zod';
import { call } from './call';
import { Card, Id, ShortText, StepId } from '../model';
import { withHistory } from './rows';

/** The six digits a participant types (or scans) to join. */
export const RoomCode = z.string().regex(/^\d{6}$/, 'the code is six digits');
/** What a participant may write: one line or a short paragraph, never markup (it is shown as text). */
export const GuestText = z.string().trim().min(1, 'write something first').max(500, 'at most 500 characters');
export const PULSE_VALUES = [1, 2, 3, 4, 5] as const;
const Bilingual = z.object({ fr: z.string(), en: z.string() });

/** Largest participant request body the listener reads, in bytes. */
export const GUEST_MAX_BODY_BYTES = 4 * 1024;
/** HTTP transport of the participant page: POST `${GUEST_API_PREFIX}${callName}` with the participant's token. */
export const GUEST_API_PREFIX = '/g/';
export const GUEST_TOKEN_HEADER = 'x-room-token';

// ---- The participant contract: the only calls the room's listener knows. ----

export const GUEST_CALL_NAMES = [
  'guest.welcome',
  'guest.join',
  'guest.current',
  'guest.idea',
  'guest.vote',
  'guest.object',
  'guest.pulse',
] as const;
export type GuestCallName = (typeof GUEST_CALL_NAMES)[number];

export const GuestRound = z.object({
  id: Id,
  anonymous: z.boolean(),
  votesLeft: z.number().int().min(0),
  votesPerParticipant: z.number().int().min(1),
  cards: z.array(z.object({ id: Id, title: z.string(), mine: z.number().int().min(0) })),
});

export const GuestView = z.object({
  workshopTitle: z.string(),
  name: z.string().nullable(),
  step: StepId,
  stepTitle: Bilingual,
  question: Bilingual,
  round: GuestRound.nullable(),
  /** The ranking of the last closed round of the current step, once the facilitator closed it. */
  reveal: z.array(z.object({ title: z.string(), votes: z.number().int() })).nullable(),
  pulse: z.object({ id: Id, question: z.string(), answered: z.number().int().min(1).max(5).nullable() }).nullable(),
  ideasSent: z.number().int().min(0),
});
export type GuestView = z.infer<typeof GuestView>;

const Empty = z.object({}).strict();

export const guestContract = {
  /** The names a participant may pick from; asking counts as a try of the code. */
  'guest.welcome': call(
    z.object({ code: RoomCode }).strict(),
    z.object({ workshopTitle: z.string(), participants: z.array(z.object({ id: Id, name: z.string() })) }),
  ),
  'guest.join': call(
    z.object({ code: RoomCode, participantId: Id.nullable().default(null) }).strict(),
    z.object({ token: z.string(), name: z.string().nullable() }),
  ),
  'guest.current': call(Empty, GuestView),
  'guest.idea': call(z.object({ text: GuestText }).strict(), z.object({ ideasSent: z.number().int() })),
  'guest.vote': call(z.object({ roundId: Id, cardId: Id }).strict(), z.object({ votesLeft: z.number().int() })),
  'guest.object': call(z.object({ text: GuestText.max(300, 'at most 300 characters') }).strict(), z.object({ received: z.literal(true) })),
  'guest.pulse': call(
    z.object({ pulseId: Id, value: z.number().int().min(1).max(5) }).strict(),
    z.object({ answered: z.number().int().min(1).max(5) }),
  ),
} satisfies Record<GuestCallName, { input: z.ZodType; output: z.ZodType }>;
export type GuestContract = typeof guestContract;
export type GuestCallInput<N extends GuestCallName> = z.input<GuestContract[N]['input']>;
export type GuestCallArgs<N extends GuestCallName> = z.output<GuestContract[N]['input']>;
export type GuestCallOutput<N extends GuestCallName> = z.output<GuestContract[N]['output']>;

// ---- The facilitator's room calls, part of the main contract. ----

export const RoomStatus = z.enum(['closed', 'open', 'locked']);
export const InboxIdea = z.object({ id: Id, step: StepId, text: z.string(), author: z.string().nullable(), at: z.number().int() });
export type InboxIdea = z.infer<typeof InboxIdea>;

export const RoomState = z.object({
  status: RoomStatus,
  workshopId: Id.nullable(),
  code: RoomCode.nullable(),
  /** The address participants type; null while the listener starts or when the room is closed. */
  url: z.string().nullable(),
  step: StepId.nullable(),
  joined: z.array(z.object({ id: Id, name: z.string().nullable(), joinedAt: z.number().int() })),
  inbox: z.array(InboxIdea),
  pulse: z.object({ id: Id, question: z.string(), open: z.boolean(), counts: z.array(z.number().int().min(0)).length(5) }).nullable(),
  /** Set when the listener could not start (address in use, no network). */
  problem: z.string().nullable(),
});
export type RoomState = z.infer<typeof RoomState>;

export const roomCalls = {
  'room.open': call(z.object({ workshopId: Id, step: StepId }).strict(), RoomState),
  'room.close': call(Empty, RoomState),
  'room.lock': call(z.object({ locked: z.boolean() }).strict(), RoomState),
  /** With a workshop, a closed room's state speaks of it: the ideas still waiting in its inbox. */
  'room.state': call(z.object({ workshopId: Id.optional() }).strict(), RoomState),
  'room.focus': call(z.object({ step: StepId }).strict(), RoomState),
  'room.remove': call(z.object({ guestId: Id }).strict(), RoomState),
  'inbox.accept': call(
    z.object({ workshopId: Id, ideaId: Id, x: z.number().finite().optional(), y: z.number().finite().optional() }).strict(),
    withHistory(Card),
  ),
  'inbox.merge': call(z.object({ workshopId: Id, ideaId: Id, cardId: Id }).strict(), withHistory(Card)),
  'inbox.discard': call(z.object({ ideaId: Id }).strict(), RoomState),
  'pulse.launch': call(z.object({ question: ShortText.trim().min(1, 'ask a question').max(200) }).strict(), RoomState),
  'pulse.close': call(Empty, RoomState),
};
