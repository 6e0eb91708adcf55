// The room's inbox is stored: an idea a phone was told is received survives closing the app, and undo moves it back.
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import type { RoomState } from '../../../shared/api';
import { must, type makeHost } from '../../helpers/host';
import { guest, listen, openRoom, roomHost } from './kit';

const hosts: ReturnType<typeof makeHost>[] = [];
afterEach(() => {
  // The last host of a library removes its folder; the ones closed before it were closed by the test.
  hosts.pop()?.dispose();
  hosts.length = 0;
});

async function join(port: number, code: string, participantId: string | null, from: string) {
  const reply = await guest(port, 'guest.join', { code, participantId }, undefined, {}, from);
  if (!reply.json.ok) throw new Error(reply.body);
  return String(reply.json.value.token);
}

async function post(port: number, token: string, text: string, from: string) {
  const reply = await guest(port, 'guest.idea', { text }, token, {}, from);
  expect(reply.json).toMatchObject({ ok: true });
}

const texts = (state: RoomState) => state.inbox.map((i) => [i.text, i.author, i.step]);

describe('the room inbox, stored', () => {
  it('an idea is in the library file by the time the phone hears it arrived', async () => {
    const room = await openRoom();
    hosts.push(room.host);
    const token = await join(room.port, room.code, room.alice.id, '127.0.0.2');
    await post(room.port, token, 'Témoignages clients en vidéo', '127.0.0.2');
    // Another connection to the same file, as a crash right after the answer would leave it.
    const reader = new Database(room.host.store.db.name, { readonly: true });
    try {
      expect(reader.prepare('SELECT text, author, step FROM inbox').all()).toEqual([
        { text: 'Témoignages clients en vidéo', author: 'Alice', step: 'objectives' },
      ]);
    } finally {
      reader.close();
    }
  });

  it('ideas posted before the app closed are in the inbox when it reopens, room closed or opened again', async () => {
    const room = await openRoom();
    const w = room.workshop.id;
    const alice = await join(room.port, room.code, room.alice.id, '127.0.0.2');
    const anonymous = await join(room.port, room.code, null, '127.0.0.3');
    await post(room.port, alice, 'Un podcast avec nos ingénieurs', '127.0.0.2');
    await post(room.port, anonymous, 'Répondre aux avis Google sous 24 h', '127.0.0.3');
    await must(room.host, 'room.focus', { step: 'context' });
    await post(room.port, alice, 'Nos clients ne nous voient pas sur LinkedIn', '127.0.0.2');
    room.host.close();

    const { host } = roomHost({ dataDir: room.host.dataDir });
    hosts.push(host);
    // The facilitator opens the workshop: the room is closed, its inbox is not lost.
    const reopened = await must(host, 'room.state', { workshopId: w });
    expect(reopened).toMatchObject({ status: 'closed', workshopId: w, joined: [] });
    expect(texts(reopened)).toEqual([
      ['Un podcast avec nos ingénieurs', 'Alice', 'objectives'],
      ['Répondre aux avis Google sous 24 h', null, 'objectives'],
      ['Nos clients ne nous voient pas sur LinkedIn', 'Alice', 'context'],
    ]);
    // Accepting works with the room closed; the rest still waits when the room opens again.
    const [podcast] = reopened.inbox;
    const card = await must(host, 'inbox.accept', { workshopId: w, ideaId: podcast?.id ?? '' });
    expect(card.value).toMatchObject({ step: 'objectives', kind: 'objective', title: 'Un podcast avec nos ingénieurs' });
    const again = await listen(host, w);
    expect(again.code).not.toBe(room.code);
    expect(texts(await must(host, 'room.state', {}))).toEqual([
      ['Répondre aux avis Google sous 24 h', null, 'objectives'],
      ['Nos clients ne nous voient pas sur LinkedIn', 'Alice', 'context'],
    ]);
    // The old phone's token died with the first host.
    const stale = await guest(again.port, 'guest.idea', { text: 'encore' }, alice, {}, '127.0.0.2');
    expect(stale.json).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  it('undoing an accept puts the idea back in the inbox and takes the card away, as one step; redo does both again', async () => {
    const room = await openRoom();
    hosts.push(room.host);
    const w = room.workshop.id;
    const existing = (
      await must(room.host, 'card.create', { workshopId: w, card: { step: 'objectives', kind: 'objective', title: 'Leads' } })
    ).value;
    const token = await join(room.port, room.code, null, '127.0.0.2');
    await post(room.port, token, 'Recruter 5 ingénieurs', '127.0.0.2');
    const idea = (await must(room.host, 'room.state', {})).inbox[0];
    const accepted = await must(room.host, 'inbox.accept', { workshopId: w, ideaId: idea?.id ?? '' });
    expect((await must(room.host, 'room.state', {})).inbox).toEqual([]);

    const heard: RoomState[] = [];
    room.host.events.on((name, payload) => {
      if (name === 'room.changed') heard.push(payload as RoomState);
    });
    await must(room.host, 'history.undo', { workshopId: w, expected: accepted.history.undoSeq ?? undefined });
    const undone = await must(room.host, 'workshop.get', { workshopId: w });
    expect(undone.cards.map((c) => c.title)).toEqual(['Leads']);
    expect((await must(room.host, 'room.state', {})).inbox).toEqual([idea]);
    // The facilitator's window hears the idea come back, without asking.
    await new Promise((done) => setTimeout(done, 250));
    expect(heard.at(-1)?.inbox).toEqual([idea]);
    expect(undone.history).toMatchObject({ canUndo: true, canRedo: true });

    await must(room.host, 'history.redo', { workshopId: w });
    const redone = await must(room.host, 'workshop.get', { workshopId: w });
    expect(redone.cards.map((c) => c.title).sort()).toEqual(['Leads', 'Recruter 5 ingénieurs']);
    expect((await must(room.host, 'room.state', {})).inbox).toEqual([]);
    // One more undo takes back the accept only; the card made before it stays.
    await must(room.host, 'history.undo', { workshopId: w });
    expect((await must(room.host, 'workshop.get', { workshopId: w })).cards.map((c) => c.id)).toEqual([existing.id]);
    expect((await must(room.host, 'room.state', {})).inbox.map((i) => i.text)).toEqual(['Recruter 5 ingénieurs']);
  });

  it('undoing a merge gives the card its text back and the idea back to the inbox', async () => {
    const room = await openRoom();
    hosts.push(room.host);
    const w = room.workshop.id;
    const card = (
      await must(room.host, 'card.create', { workshopId: w, card: { step: 'objectives', kind: 'objective', title: 'Leads', body: 'B2B' } })
    ).value;
    const token = await join(room.port, room.code, null, '127.0.0.2');
    await post(room.port, token, 'Webinaires mensuels', '127.0.0.2');
    const idea = (await must(room.host, 'room.state', {})).inbox[0];
    const merged = await must(room.host, 'inbox.merge', { workshopId: w, ideaId: idea?.id ?? '', cardId: card.id });
    expect(merged.value.body).toBe('B2B\nWebinaires mensuels');
    await must(room.host, 'history.undo', { workshopId: w });
    expect((await must(room.host, 'workshop.get', { workshopId: w })).cards[0]?.body).toBe('B2B');
    expect((await must(room.host, 'room.state', {})).inbox).toEqual([idea]);
  });

  it('refuses to accept an idea of another workshop, and changes nothing', async () => {
    const room = await openRoom();
    hosts.push(room.host);
    const token = await join(room.port, room.code, null, '127.0.0.2');
    await post(room.port, token, 'Idée', '127.0.0.2');
    const idea = (await must(room.host, 'room.state', {})).inbox[0];
    const other = await must(room.host, 'workshop.create', { title: 'Autre' });
    const refused = await room.host.call('inbox.accept', { workshopId: other.id, ideaId: idea?.id ?? '' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect((await must(room.host, 'workshop.get', { workshopId: other.id })).cards).toEqual([]);
    expect((await must(room.host, 'room.state', {})).inbox).toEqual([idea]);
  });
});
