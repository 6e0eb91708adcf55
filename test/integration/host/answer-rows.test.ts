// Mutations answer with every row they wrote, side effects included, and workshop.changed carries the same values.
import { afterEach, describe, expect, it } from 'vitest';
import type { EventPayload } from '../../../shared/api';
import { makeHost, must } from '../../helpers/host';

let host: ReturnType<typeof makeHost>;
afterEach(() => host?.dispose());

async function cardsLinkedAndVoted() {
  host = makeHost();
  const workshopId = (await must(host, 'workshop.create', { title: 'Atelier' })).id;
  const make = async (title: string) =>
    (await must(host, 'card.create', { workshopId, card: { step: 'objectives', kind: 'objective', title } })).value.id;
  const [a, b] = [await make('Notoriété'), await make('Leads')];
  const link = (await must(host, 'link.create', { workshopId, kind: 'relates', fromCard: a, toCard: b })).value;
  await must(host, 'participant.create', { workshopId, participant: { name: 'Claire' } });
  const round = (await must(host, 'vote.start', { workshopId, step: 'objectives', votesPerParticipant: 3, anonymous: true })).value;
  const onA = (await must(host, 'vote.cast', { workshopId, roundId: round.id, cardId: a, participantId: null })).value;
  const onB = (await must(host, 'vote.cast', { workshopId, roundId: round.id, cardId: b, participantId: null })).value;
  return { workshopId, a, b, link, onA, onB, round };
}

describe('rows in answers', () => {
  it("lists a deleted card's links and votes as removed, and nothing else", async () => {
    const { workshopId, a, link, onA } = await cardsLinkedAndVoted();
    const changes: EventPayload<'workshop.changed'>[] = [];
    host.events.on((name, payload) => {
      if (name === 'workshop.changed') changes.push(payload as EventPayload<'workshop.changed'>);
    });
    const answer = await must(host, 'card.delete', { workshopId, cardId: a });
    const removed = (answer.rows ?? []).filter((r) => r.removed).map((r) => `${r.table}:${String(r.key.id)}`);
    expect(removed.sort()).toEqual([`cards:${a}`, `links:${link.id}`, `votes:${onA.id}`].sort());
    expect(changes).toHaveLength(1);
    expect(changes[0]).toMatchObject({ call: 'card.delete', whole: false, history: { canUndo: true } });
    expect(changes[0]!.rows).toEqual(answer.rows);
    // What is stored agrees with what the answer said.
    const stored = await must(host, 'workshop.get', { workshopId });
    expect(stored.links).toEqual([]);
    expect(stored.votes.map((v) => v.cardId)).not.toContain(a);
  });

  it('answers written rows with their values as the workshop holds them, and starting a round lists the one it closed', async () => {
    const { workshopId, b, round } = await cardsLinkedAndVoted();
    const edited = await must(host, 'card.update', { workshopId, cardId: b, patch: { title: 'Prospects' } });
    expect(edited.rows).toEqual([{ table: 'cards', key: { id: b }, removed: false, value: edited.value }]);
    const next = await must(host, 'vote.start', { workshopId, step: 'objectives', votesPerParticipant: 2 });
    const rounds = (next.rows ?? []).filter((r) => r.table === 'vote_rounds').map((r) => r.value);
    expect(rounds).toContainEqual({ ...round, status: 'closed' });
    expect(rounds).toContainEqual(next.value);
  });

  it('announces an undo with the rows it wrote back, so other windows need not read the whole workshop', async () => {
    const { workshopId, a } = await cardsLinkedAndVoted();
    await must(host, 'card.delete', { workshopId, cardId: a });
    const changes: EventPayload<'workshop.changed'>[] = [];
    host.events.on((name, payload) => {
      if (name === 'workshop.changed') changes.push(payload as EventPayload<'workshop.changed'>);
    });
    await must(host, 'history.undo', { workshopId });
    expect(changes[0]?.whole).toBe(false);
    expect(changes[0]?.rows.find((r) => r.table === 'cards' && r.key.id === a)?.value).toMatchObject({ id: a, title: 'Notoriété' });
  });
});

describe('whole changes', () => {
  it('announces a backup restore as a whole change of every workshop, before and after', async () => {
    const { workshopId } = await cardsLinkedAndVoted();
    const backup = await must(host, 'backup.create', {});
    const later = (await must(host, 'workshop.create', { title: 'Après la sauvegarde' })).id;
    const changes: EventPayload<'workshop.changed'>[] = [];
    host.events.on((name, payload) => {
      if (name === 'workshop.changed') changes.push(payload as EventPayload<'workshop.changed'>);
    });
    await must(host, 'backup.restore', { name: backup.name });
    expect(changes.map((c) => c.workshopId).sort()).toEqual([workshopId, later].sort());
    expect(changes.every((c) => c.whole && c.call === 'backup.restore')).toBe(true);
  });

  it('announces a snapshot restore as a whole change', async () => {
    const { workshopId } = await cardsLinkedAndVoted();
    const snapshot = await must(host, 'snapshot.create', { workshopId, name: 'Avant' });
    const changes: EventPayload<'workshop.changed'>[] = [];
    host.events.on((name, payload) => {
      if (name === 'workshop.changed') changes.push(payload as EventPayload<'workshop.changed'>);
    });
    await must(host, 'snapshot.restore', { workshopId, snapshotId: snapshot.id });
    expect(changes).toMatchObject([{ workshopId, call: 'snapshot.restore', whole: true }]);
  });
});
