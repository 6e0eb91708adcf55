// What each participant call does: join, read the current step, post an idea, vote, object, answer the pulse.
import { CallFailure, type GuestCallArgs, type GuestCallName, type GuestCallOutput, type GuestView } from '../../../shared/api';
import { stepById } from '../../../shared/catalogue';
import { CardDraft } from '../../../shared/model';
import { cardHandlers } from '../handlers/cards';
import type { Context } from '../handlers/types';
import { voteHandlers } from '../handlers/votes';
import { roundFromRow } from '../store/facilitation-rows';
import { pendingCount, postIdea } from './inbox';
import { MAX_GUESTS, MAX_IDEAS_PER_GUEST, MAX_INBOX, MAX_OBJECTIONS_PER_GUEST, type Guest, type Room } from './room';

export interface GuestMeta {
  token: string | null;
  address: string;
}

export type GuestHandler<N extends GuestCallName> = (
  args: GuestCallArgs<N>,
  ctx: Context,
  guest: Guest | null,
  meta: GuestMeta,
) => GuestCallOutput<N> | Promise<GuestCallOutput<N>>;

const gone = () =>
  new CallFailure(
    'forbidden',
    'You are no longer in the room: join again with the code.',
    'Vous n’êtes plus dans la salle : rejoignez-la avec le code.',
  );

function needGuest(guest: Guest | null): Guest {
  if (!guest) throw gone();
  return guest;
}

/** Checks the code for an address, counting wrong tries and refusing a locked-out address. */
function checkCode(room: Room, code: string, address: string): void {
  const wait = room.codes.lockedFor(address);
  if (wait > 0) {
    const minutes = Math.ceil(wait / 60_000);
    throw new CallFailure(
      'rate_limited',
      `Too many wrong codes: try again in ${minutes} min.`,
      `Trop de codes erronés : réessayez dans ${minutes} min.`,
    );
  }
  if (!room.codeMatches(code)) {
    room.codes.wrong(address);
    throw new CallFailure('forbidden', 'Wrong code, or the room is closed.', 'Code erroné, ou la salle est fermée.');
  }
  room.codes.right(address);
}

function openRound(ctx: Context, workshopId: string) {
  const row = ctx.store.rows.all("SELECT * FROM vote_rounds WHERE workshop_id = ? AND status = 'open' ORDER BY created_at DESC LIMIT 1", [
    workshopId,
  ])[0];
  return row ? roundFromRow(row) : null;
}

const count = (ctx: Context, sql: string, params: unknown[]) => Number(ctx.store.rows.all(sql, params)[0]?.n ?? 0);

type RoundRules = { id: string; anonymous: boolean; votesPerParticipant: number };

/** What this phone (or this named participant) has left of its own budget. */
function ownVotesLeft(ctx: Context, guest: Guest, round: RoundRules): number {
  const used =
    round.anonymous || !guest.participantId
      ? (guest.votes.get(round.id) ?? 0)
      : count(ctx, 'SELECT count(*) AS n FROM votes WHERE round_id = ? AND participant_id = ?', [round.id, guest.participantId]);
  return Math.max(0, round.votesPerParticipant - used);
}

/** What the phone may still cast: its own budget, within what is left of the round's ballot box when anonymous. */
function votesLeft(ctx: Context, guest: Guest, round: RoundRules): number {
  const own = ownVotesLeft(ctx, guest, round);
  if (!round.anonymous) return own;
  // An anonymous round has one ballot box of participants x votes: a phone that joins again gets no fresh votes from it.
  const people = count(ctx, 'SELECT count(*) AS n FROM participants WHERE workshop_id = ?', [guest.workshopId]);
  const cast = count(ctx, 'SELECT count(*) AS n FROM votes WHERE round_id = ?', [round.id]);
  return Math.min(own, Math.max(0, people * round.votesPerParticipant - cast));
}

function view(ctx: Context, guest: Guest): GuestView {
  const { room } = ctx;
  const workshop = ctx.store.workshop(guest.workshopId);
  const step = room.step ?? 'context';
  const def = stepById(step);
  const round = openRound(ctx, guest.workshopId);
  let reveal: GuestView['reveal'] = null;
  if (!round) {
    const last = ctx.store.rows.all(
      "SELECT id FROM vote_rounds WHERE workshop_id = ? AND step = ? AND status = 'closed' ORDER BY created_at DESC LIMIT 1",
      [guest.workshopId, step],
    )[0];
    if (last)
      reveal = ctx.store.rows
        .all(
          'SELECT c.title AS title, count(*) AS n FROM votes v JOIN cards c ON c.id = v.card_id WHERE v.round_id = ? GROUP BY c.id ORDER BY n DESC, c.title LIMIT 10',
          [String(last.id)],
        )
        .map((r) => ({ title: String(r.title), votes: Number(r.n) }));
  }
  const mine = new Map<string, number>();
  if (round && guest.participantId && !round.anonymous) {
    for (const r of ctx.store.rows.all(
      'SELECT card_id, count(*) AS n FROM votes WHERE round_id = ? AND participant_id = ? GROUP BY card_id',
      [round.id, guest.participantId],
    ))
      mine.set(String(r.card_id), Number(r.n));
  }
  return {
    workshopTitle: workshop.title,
    name: guest.name,
    step,
    stepTitle: def?.title ?? { fr: step, en: step },
    question: def?.question ?? { fr: '', en: '' },
    round: round
      ? {
          id: round.id,
          anonymous: round.anonymous,
          votesLeft: votesLeft(ctx, guest, round),
          votesPerParticipant: round.votesPerParticipant,
          cards: ctx.store.rows
            .all("SELECT id, title FROM cards WHERE workshop_id = ? AND step = ? AND kind <> 'group' ORDER BY y, x LIMIT 100", [
              guest.workshopId,
              round.step,
            ])
            .map((c) => ({ id: String(c.id), title: String(c.title), mine: mine.get(String(c.id)) ?? 0 })),
        }
      : null,
    reveal,
    pulse: room.pulse?.open
      ? { id: room.pulse.id, question: room.pulse.question, answered: room.pulse.answers.get(guest.id) ?? null }
      : null,
    ideasSent: guest.ideas,
  };
}

function takeWrite(room: Room, guest: Guest): void {
  if (!room.writes.take(guest.id))
    throw new CallFailure(
      'rate_limited',
      'Slow down a little: try again in a few seconds.',
      'Doucement : réessayez dans quelques secondes.',
    );
}

export const guestHandlers: { [N in GuestCallName]: GuestHandler<N> } = {
  'guest.welcome': ({ code }, ctx, _guest, meta) => {
    checkCode(ctx.room, code, meta.address);
    const workshopId = ctx.room.workshopId ?? '';
    return {
      workshopTitle: ctx.store.workshop(workshopId).title,
      participants: ctx.store.rows
        .all('SELECT id, name FROM participants WHERE workshop_id = ? ORDER BY created_at, name', [workshopId])
        .map((r) => ({ id: String(r.id), name: String(r.name) })),
    };
  },
  'guest.join': ({ code, participantId }, ctx, _guest, meta) => {
    const { room } = ctx;
    checkCode(room, code, meta.address);
    if (room.status === 'locked')
      throw new CallFailure('forbidden', 'The facilitator has locked the room.', 'L’animateur a verrouillé la salle.');
    if (room.guests.size >= MAX_GUESTS) throw new CallFailure('conflict', 'The room is full.', 'La salle est pleine.');
    let name: string | null = null;
    if (participantId) {
      const row = ctx.store.rows.get('participants', { id: participantId });
      if (!row || row.workshop_id !== room.workshopId) throw new CallFailure('not_found', 'No such participant in this workshop.');
      name = String(row.name);
    }
    const guest = room.admit(participantId, name);
    return { token: guest.token, name };
  },
  'guest.current': (_args, ctx, guest) => view(ctx, needGuest(guest)),
  'guest.idea': ({ text }, ctx, maybe) => {
    const guest = needGuest(maybe);
    const { room } = ctx;
    takeWrite(room, guest);
    if (guest.ideas >= MAX_IDEAS_PER_GUEST || pendingCount(ctx.store, guest.workshopId) >= MAX_INBOX)
      throw new CallFailure('conflict', 'The inbox is full for now.', 'La boîte à idées est pleine pour l’instant.');
    // Stored before the phone is answered: "received" means it survives closing the app.
    postIdea(ctx.store, {
      id: room.newId(),
      workshopId: guest.workshopId,
      step: room.step ?? 'context',
      text,
      author: guest.name,
      at: room.now(),
    });
    guest.ideas += 1;
    room.changed();
    return { ideasSent: guest.ideas };
  },
  'guest.vote': async ({ roundId, cardId }, ctx, maybe) => {
    const guest = needGuest(maybe);
    const round = openRound(ctx, guest.workshopId);
    if (!round || round.id !== roundId) throw new CallFailure('conflict', 'This vote is closed.', 'Ce vote est clos.');
    if (!round.anonymous && !guest.participantId)
      throw new CallFailure(
        'forbidden',
        'This vote is by name: join with your name to take part.',
        'Ce vote est nominatif : rejoignez la salle avec votre nom pour y participer.',
      );
    if (ownVotesLeft(ctx, guest, round) <= 0)
      throw new CallFailure('conflict', 'You have used all your votes.', 'Vous avez utilisé tous vos votes.');
    // A full ballot box (anonymous round) is refused by vote.cast, which says so.
    await voteHandlers['vote.cast'](
      { workshopId: guest.workshopId, roundId, cardId, participantId: round.anonymous ? null : guest.participantId },
      ctx,
    );
    guest.votes.set(round.id, (guest.votes.get(round.id) ?? 0) + 1);
    ctx.room.changed();
    return { votesLeft: votesLeft(ctx, guest, round) };
  },
  'guest.object': async ({ text }, ctx, maybe) => {
    const guest = needGuest(maybe);
    takeWrite(ctx.room, guest);
    if (guest.objections >= MAX_OBJECTIONS_PER_GUEST)
      throw new CallFailure('conflict', 'You have raised many objections already.', 'Vous avez déjà soulevé beaucoup d’objections.');
    const existing = count(ctx, "SELECT count(*) AS n FROM cards WHERE workshop_id = ? AND step = 'convince' AND kind = 'objection'", [
      guest.workshopId,
    ]);
    // Anonymous on purpose: the card says nothing of who raised it.
    await cardHandlers['card.create'](
      {
        workshopId: guest.workshopId,
        card: CardDraft.parse({ step: 'convince', kind: 'objection', title: text, y: 40 + existing * 140, x: 40 }),
      },
      ctx,
    );
    guest.objections += 1;
    ctx.room.changed();
    return { received: true as const };
  },
  'guest.pulse': ({ pulseId, value }, ctx, maybe) => {
    const guest = needGuest(maybe);
    const { pulse } = ctx.room;
    if (!pulse || !pulse.open || pulse.id !== pulseId)
      throw new CallFailure('conflict', 'This question is closed.', 'Cette question est close.');
    pulse.answers.set(guest.id, value);
    ctx.room.changed();
    return { answered: value };
  },
};
