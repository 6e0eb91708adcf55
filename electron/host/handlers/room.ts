// The facilitator's room calls: open, close, lock, follow the step, remove a participant, the inbox, the pulse.
import { CallFailure } from '../../../shared/api';
import { stepById } from '../../../shared/catalogue';
import { CardDraft } from '../../../shared/model';
import type { Room } from '../room/room';
import { cardHandlers, readCard } from './cards';
import type { Context, Handlers } from './types';

type RoomCalls =
  | 'room.open'
  | 'room.close'
  | 'room.lock'
  | 'room.state'
  | 'room.focus'
  | 'room.remove'
  | 'inbox.accept'
  | 'inbox.merge'
  | 'inbox.discard'
  | 'pulse.launch'
  | 'pulse.close';

function openRoom(room: Room): Room {
  if (room.status === 'closed') throw new CallFailure('conflict', { en: 'The room is closed.', fr: 'La salle est fermée.' });
  return room;
}

/** Takes an idea out of the inbox of the workshop the room is about. */
function takeIdea(ctx: Context, workshopId: string | null, ideaId: string) {
  const index = ctx.room.inbox.findIndex((i) => i.id === ideaId && (workshopId === null || i.workshopId === workshopId));
  const idea = ctx.room.inbox[index];
  if (!idea) throw new CallFailure('not_found', { en: 'This idea is no longer in the inbox.', fr: 'Cette idée n’est plus dans la boîte.' });
  return { idea, drop: () => ctx.room.inbox.splice(ctx.room.inbox.indexOf(idea), 1) };
}

export const roomHandlers: Pick<Handlers, RoomCalls> = {
  'room.open': ({ workshopId, step }, ctx) => {
    if (!ctx.room.available)
      throw new CallFailure('conflict', {
        en: 'Room mode is not available in this window.',
        fr: 'Le mode salle n’est pas disponible dans cette fenêtre.',
      });
    ctx.store.workshop(workshopId);
    ctx.room.open(workshopId, step);
    return ctx.room.state();
  },
  'room.close': (_args, { room }) => {
    room.close();
    return room.state();
  },
  'room.lock': ({ locked }, { room }) => {
    openRoom(room).status = locked ? 'locked' : 'open';
    room.changed();
    return room.state();
  },
  'room.state': (_args, { room }) => room.state(),
  'room.focus': ({ step }, { room }) => {
    openRoom(room).step = step;
    room.changed();
    return room.state();
  },
  'room.remove': ({ guestId }, { room }) => {
    if (!room.remove(guestId))
      throw new CallFailure('not_found', { en: 'This participant has already left.', fr: 'Ce participant est déjà parti.' });
    return room.state();
  },
  'inbox.accept': async ({ workshopId, ideaId, x, y }, ctx) => {
    const { idea, drop } = takeIdea(ctx, workshopId, ideaId);
    const kind = stepById(idea.step)?.cardKinds[0] ?? 'note';
    const onStep = Number(
      ctx.store.rows.all('SELECT count(*) AS n FROM cards WHERE workshop_id = ? AND step = ?', [workshopId, idea.step])[0]?.n ?? 0,
    );
    const created = await cardHandlers['card.create'](
      {
        workshopId,
        card: CardDraft.parse({
          step: idea.step,
          kind,
          title: idea.text.slice(0, 300),
          x: x ?? 40 + (onStep % 4) * 260,
          y: y ?? 40 + Math.floor(onStep / 4) * 160,
        }),
      },
      ctx,
    );
    drop();
    ctx.room.changed();
    return created;
  },
  'inbox.merge': async ({ workshopId, ideaId, cardId }, ctx) => {
    const { idea, drop } = takeIdea(ctx, workshopId, ideaId);
    const card = readCard(ctx.store, workshopId, cardId);
    const body = card.body.trim() === '' ? idea.text : `${card.body}\n${idea.text}`;
    const updated = await cardHandlers['card.update']({ workshopId, cardId, patch: { body: body.slice(0, 20_000) } }, ctx);
    drop();
    ctx.room.changed();
    return updated;
  },
  'inbox.discard': ({ ideaId }, ctx) => {
    takeIdea(ctx, null, ideaId).drop();
    ctx.room.changed();
    return ctx.room.state();
  },
  'pulse.launch': ({ question }, { room }) => {
    openRoom(room).pulse = { id: room.newId(), question, open: true, answers: new Map() };
    room.changed();
    return room.state();
  },
  'pulse.close': (_args, { room }) => {
    if (room.pulse) room.pulse.open = false;
    room.changed();
    return room.state();
  },
};
