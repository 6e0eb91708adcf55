// The facilitator's room calls: open, close, lock, follow the step, remove a participant, the inbox, the pulse.
import { CallFailure } from '../../../shared/api';
import { stepById } from '../../../shared/catalogue';
import { CardDraft, type Card } from '../../../shared/model';
import { readIdea, takeIdea } from '../room/inbox';
import type { Room } from '../room/room';
import { cardToRow } from '../store/mappers';
import { readCard } from './cards';
import type { Handlers } from './types';

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
  if (room.status === 'closed') throw new CallFailure('conflict', 'The room is closed.', 'La salle est fermée.');
  return room;
}

export const roomHandlers: Pick<Handlers, RoomCalls> = {
  'room.open': ({ workshopId, step }, ctx) => {
    if (!ctx.room.available)
      throw new CallFailure(
        'conflict',
        'Room mode is not available in this window.',
        'Le mode salle n’est pas disponible dans cette fenêtre.',
      );
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
  'room.state': ({ workshopId }, { room, store }) => {
    if (workshopId) {
      store.workshop(workshopId);
      room.show(workshopId);
    }
    return room.state();
  },
  'room.focus': ({ step }, { room }) => {
    openRoom(room).step = step;
    room.changed();
    return room.state();
  },
  'room.remove': ({ guestId }, { room }) => {
    if (!room.remove(guestId)) throw new CallFailure('not_found', 'This participant has already left.', 'Ce participant est déjà parti.');
    return room.state();
  },
  // Accept and merge are one undo step each: the card edit and the idea leaving the inbox (undo puts it back).
  'inbox.accept': ({ workshopId, ideaId, x, y }, ctx) => {
    const { store } = ctx;
    const done = store.mutate(workshopId, 'inbox.accept', null, (edit) => {
      const idea = readIdea(store, workshopId, ideaId);
      const onStep = Number(
        store.rows.all('SELECT count(*) AS n FROM cards WHERE workshop_id = ? AND step = ?', [workshopId, idea.step])[0]?.n ?? 0,
      );
      const draft = CardDraft.parse({
        step: idea.step,
        kind: stepById(idea.step)?.cardKinds[0] ?? 'note',
        title: idea.text.slice(0, 300),
        x: x ?? 40 + (onStep % 4) * 260,
        y: y ?? 40 + Math.floor(onStep / 4) * 160,
      });
      const now = store.now();
      const card: Card = { ...draft, id: store.newId(), workshopId, createdAt: now, updatedAt: now };
      edit.put('cards', cardToRow(card));
      takeIdea(edit, idea);
      return card;
    });
    ctx.room.changed();
    return done;
  },
  'inbox.merge': ({ workshopId, ideaId, cardId }, ctx) => {
    const { store } = ctx;
    const done = store.mutate(workshopId, 'inbox.merge', null, (edit) => {
      const idea = readIdea(store, workshopId, ideaId);
      const card = readCard(store, workshopId, cardId);
      const body = card.body.trim() === '' ? idea.text : `${card.body}\n${idea.text}`;
      const next: Card = { ...card, body: body.slice(0, 20_000), updatedAt: store.now() };
      edit.put('cards', cardToRow(next));
      takeIdea(edit, idea);
      return next;
    });
    ctx.room.changed();
    return done;
  },
  // Discarding is the facilitator's decision about a participant's text, not an edit of the workshop: not undone.
  'inbox.discard': ({ ideaId }, ctx) => {
    const idea = readIdea(ctx.store, null, ideaId);
    ctx.store.transaction(() => ctx.store.rows.remove('inbox', { id: idea.id }));
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
