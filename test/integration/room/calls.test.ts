// What participants' calls do to the workshop, and the facilitator's inbox, vote, objection and pulse calls.
import { afterEach, describe, expect, it } from 'vitest';
import { must } from '../../helpers/host';
import { guest, openRoom } from './kit';

let current: Awaited<ReturnType<typeof openRoom>> | null = null;
afterEach(() => {
  current?.host.dispose();
  current = null;
});

async function join(room: Awaited<ReturnType<typeof openRoom>>, participantId: string | null, from: string) {
  const reply = await guest(room.port, 'guest.join', { code: room.code, participantId }, undefined, {}, from);
  if (!reply.json.ok) throw new Error(reply.body);
  return String(reply.json.value.token);
}

describe('room calls', () => {
  it('ideas wait in the inbox; accept makes a card of the step, merge adds to a card (both undoable), discard drops', async () => {
    const room = (current = await openRoom());
    const token = await join(room, room.alice.id, '127.0.0.2');
    for (const text of ['More video', 'Hire a community manager', 'Same as video']) {
      expect((await guest(room.port, 'guest.idea', { text }, token, {}, '127.0.0.2')).json.ok).toBe(true);
    }
    const inbox = (await must(room.host, 'room.state', {})).inbox;
    expect(inbox.map((i) => [i.text, i.author, i.step])).toEqual([
      ['More video', 'Alice', 'objectives'],
      ['Hire a community manager', 'Alice', 'objectives'],
      ['Same as video', 'Alice', 'objectives'],
    ]);
    const [video, hire, same] = inbox;
    const card = await must(room.host, 'inbox.accept', { workshopId: room.workshop.id, ideaId: video?.id ?? '' });
    expect(card.value).toMatchObject({ step: 'objectives', kind: 'objective', title: 'More video' });
    const merged = await must(room.host, 'inbox.merge', { workshopId: room.workshop.id, ideaId: same?.id ?? '', cardId: card.value.id });
    expect(merged.value.body).toBe('Same as video');
    await must(room.host, 'inbox.discard', { ideaId: hire?.id ?? '' });
    expect((await must(room.host, 'room.state', {})).inbox).toEqual([]);
    // Undoing the merge and the accept puts both ideas back; the discarded one stays out.
    await must(room.host, 'history.undo', { workshopId: room.workshop.id });
    await must(room.host, 'history.undo', { workshopId: room.workshop.id });
    expect((await must(room.host, 'workshop.get', { workshopId: room.workshop.id })).cards).toEqual([]);
    expect((await must(room.host, 'room.state', {})).inbox.map((i) => i.text)).toEqual(['More video', 'Same as video']);
    const again = await room.host.call('inbox.discard', { ideaId: hire?.id ?? '' });
    expect(again).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });

  it('an objection lands on the Convince step as an objection card that says nothing of who raised it', async () => {
    const room = (current = await openRoom());
    const token = await join(room, room.bob.id, '127.0.0.2');
    expect((await guest(room.port, 'guest.object', { text: 'No budget for this' }, token, {}, '127.0.0.2')).json.ok).toBe(true);
    const cards = (await must(room.host, 'workshop.get', { workshopId: room.workshop.id })).cards;
    expect(cards).toHaveLength(1);
    expect(cards[0]).toMatchObject({ step: 'convince', kind: 'objection', title: 'No budget for this', fields: {} });
    expect(JSON.stringify(cards[0])).not.toContain('Bob');
  });

  it('votes from phones within the round limit; a named round refuses an anonymous phone; the reveal follows the close', async () => {
    const room = (current = await openRoom());
    const w = room.workshop.id;
    const a = (await must(room.host, 'card.create', { workshopId: w, card: { step: 'objectives', kind: 'objective', title: 'Leads' } }))
      .value;
    const b = (
      await must(room.host, 'card.create', { workshopId: w, card: { step: 'objectives', kind: 'objective', title: 'Recruiting' } })
    ).value;
    const named = (await must(room.host, 'vote.start', { workshopId: w, step: 'objectives', votesPerParticipant: 2, anonymous: false }))
      .value;
    const alice = await join(room, room.alice.id, '127.0.0.2');
    const nobody = await join(room, null, '127.0.0.3');
    const vote = (token: string, cardId: string, from: string) =>
      guest(room.port, 'guest.vote', { roundId: named.id, cardId }, token, {}, from);
    expect((await vote(alice, a.id, '127.0.0.2')).json).toMatchObject({ ok: true, value: { votesLeft: 1 } });
    expect((await vote(alice, a.id, '127.0.0.2')).json).toMatchObject({ ok: true, value: { votesLeft: 0 } });
    expect((await vote(alice, b.id, '127.0.0.2')).json).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect((await vote(nobody, b.id, '127.0.0.3')).json).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    const view = await guest(room.port, 'guest.current', {}, alice, {}, '127.0.0.2');
    expect(view.json).toMatchObject({ ok: true, value: { round: { id: named.id, votesLeft: 0, anonymous: false } } });
    await must(room.host, 'vote.close', { workshopId: w, roundId: named.id });
    const revealed = await guest(room.port, 'guest.current', {}, nobody, {}, '127.0.0.3');
    expect(revealed.json).toMatchObject({ ok: true, value: { round: null, reveal: [{ title: 'Leads', votes: 2 }] } });
    expect((await vote(alice, b.id, '127.0.0.2')).json).toMatchObject({ ok: false, error: { code: 'conflict' } });

    const secret = (await must(room.host, 'vote.start', { workshopId: w, step: 'objectives', votesPerParticipant: 1, anonymous: true }))
      .value;
    const cast = await guest(room.port, 'guest.vote', { roundId: secret.id, cardId: b.id }, nobody, {}, '127.0.0.3');
    expect(cast.json).toMatchObject({ ok: true, value: { votesLeft: 0 } });
    const votes = (await must(room.host, 'workshop.get', { workshopId: w })).votes.filter((v) => v.roundId === secret.id);
    expect(votes.map((v) => v.participantId)).toEqual([null]);
  });

  it('a pulse counts one answer per phone (the last one), and closes', async () => {
    const room = (current = await openRoom());
    const one = await join(room, null, '127.0.0.2');
    const two = await join(room, null, '127.0.0.3');
    const pulse = (await must(room.host, 'pulse.launch', { question: 'How confident are you in this plan?' })).pulse;
    const answer = (token: string, value: number, from: string) =>
      guest(room.port, 'guest.pulse', { pulseId: pulse?.id, value }, token, {}, from);
    await answer(one, 2, '127.0.0.2');
    await answer(one, 4, '127.0.0.2');
    await answer(two, 4, '127.0.0.3');
    expect((await answer(two, 6, '127.0.0.3')).json).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect((await must(room.host, 'room.state', {})).pulse?.counts).toEqual([0, 0, 0, 2, 0]);
    await must(room.host, 'pulse.close', {});
    expect((await answer(two, 1, '127.0.0.3')).json).toMatchObject({ ok: false, error: { code: 'conflict' } });
  });

  it('markup in an objection stays text in the Markdown export', async () => {
    const room = (current = await openRoom());
    const token = await join(room, null, '127.0.0.2');
    const text = '<img src=x onerror=alert(1)> **no budget**';
    expect((await guest(room.port, 'guest.object', { text }, token, {}, '127.0.0.2')).json.ok).toBe(true);
    const file = await must(room.host, 'export.run', { workshopId: room.workshop.id, format: 'md', language: 'en' });
    const markdown = Buffer.from(file.base64, 'base64').toString('utf8');
    expect(markdown).toContain('\\<img src=x onerror=alert(1)\\> \\*\\*no budget\\*\\*');
    expect(markdown).not.toMatch(/(^|[^\\])<img/m);
  });

  it('announces the room to windows (coalesced) and phones’ writes as workshop.changed from no window', async () => {
    const room = (current = await openRoom());
    const seen: { name: string; payload: unknown }[] = [];
    room.host.events.on((name, payload) => seen.push({ name, payload }));
    const token = await join(room, null, '127.0.0.2');
    for (const text of ['one', 'two', 'three']) await guest(room.port, 'guest.idea', { text }, token, {}, '127.0.0.2');
    await guest(room.port, 'guest.object', { text: 'Too risky' }, token, {}, '127.0.0.2');
    await new Promise((done) => setTimeout(done, 300));
    const rooms = seen.filter((e) => e.name === 'room.changed');
    expect(rooms.length).toBeGreaterThan(0);
    expect(rooms.length).toBeLessThan(5);
    expect((rooms.at(-1)?.payload as { inbox: { text: string }[] }).inbox.map((i) => i.text)).toEqual(['one', 'two', 'three']);
    const changes = seen
      .filter((e) => e.name === 'workshop.changed')
      .map((e) => e.payload as { call: string; by: string | null; workshopId: string });
    expect(changes).toEqual([expect.objectContaining({ call: 'guest.object', by: null, workshopId: room.workshop.id })]);
  });
});
