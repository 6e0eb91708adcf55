// Hostile: anonymous phones cannot stuff an anonymous round's ballot box past participants x votes per participant.
import { afterEach, describe, expect, it } from 'vitest';
import { must } from '../../helpers/host';
import { guest, openRoom } from './kit';

let current: Awaited<ReturnType<typeof openRoom>> | null = null;
afterEach(() => {
  current?.host.dispose();
  current = null;
});

async function joinAnonymously(port: number, code: string, from: string): Promise<string> {
  const reply = await guest(port, 'guest.join', { code, participantId: null }, undefined, {}, from);
  if (!reply.json.ok) throw new Error(reply.body);
  return String(reply.json.value.token);
}

describe('anonymous ballot box', () => {
  it('holds at most participants x votes, however many phones join anonymously or join again', async () => {
    const room = (current = await openRoom());
    const w = room.workshop.id;
    const card = (await must(room.host, 'card.create', { workshopId: w, card: { step: 'objectives', kind: 'objective', title: 'Leads' } }))
      .value;
    // Two participants (Alice and Bob), two votes each: four votes in all.
    const round = (await must(room.host, 'vote.start', { workshopId: w, step: 'objectives', votesPerParticipant: 2, anonymous: true }))
      .value;
    const tokens: { token: string; from: string }[] = [];
    for (let i = 0; i < 6; i += 1) {
      const from = `127.0.0.${10 + i}`;
      // The same phone joins twice (a fresh token, a fresh personal budget): it must not get a fresh ballot box.
      for (let again = 0; again < 2; again += 1) {
        tokens.push({ token: await joinAnonymously(room.port, room.code, from), from });
      }
    }
    const answers = await Promise.all(
      tokens.flatMap(({ token, from }) =>
        [0, 1].map(() => guest(room.port, 'guest.vote', { roundId: round.id, cardId: card.id }, token, {}, from)),
      ),
    );
    const accepted = answers.filter((a) => a.json.ok).length;
    expect(accepted).toBe(4);
    const refused = answers.filter((a) => !a.json.ok).map((a) => (a.json as { error: { code: string; message: string } }).error);
    expect(refused.length).toBe(tokens.length * 2 - 4);
    expect(refused.every((e) => e.code === 'conflict' || e.code === 'rate_limited')).toBe(true);
    expect(refused.some((e) => e.message === 'Every vote of this round has been cast.')).toBe(true);
    const stored = (await must(room.host, 'workshop.get', { workshopId: w })).votes.filter((v) => v.roundId === round.id);
    expect(stored).toHaveLength(4);
    expect(stored.every((v) => v.participantId === null)).toBe(true);
    // Every phone is told it has no vote left, so none offers a button that can only fail.
    const view = await guest(room.port, 'guest.current', {}, tokens.at(-1)?.token, {}, tokens.at(-1)?.from);
    expect(view.json).toMatchObject({ ok: true, value: { round: { id: round.id, votesLeft: 0 } } });
  });

  it('counts the facilitator’s clicks in the same box: phones cannot add to a round already full', async () => {
    const room = (current = await openRoom());
    const w = room.workshop.id;
    const card = (await must(room.host, 'card.create', { workshopId: w, card: { step: 'objectives', kind: 'objective', title: 'Leads' } }))
      .value;
    const round = (await must(room.host, 'vote.start', { workshopId: w, step: 'objectives', votesPerParticipant: 1, anonymous: true }))
      .value;
    for (let i = 0; i < 2; i += 1)
      await must(room.host, 'vote.cast', { workshopId: w, roundId: round.id, cardId: card.id, participantId: null });
    const token = await joinAnonymously(room.port, room.code, '127.0.0.2');
    const vote = await guest(room.port, 'guest.vote', { roundId: round.id, cardId: card.id }, token, {}, '127.0.0.2');
    expect(vote.json).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect((await must(room.host, 'workshop.get', { workshopId: w })).votes).toHaveLength(2);
  });
});
