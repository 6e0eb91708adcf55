// Agenda, timer, parking lot, dot voting and accepted findings through the contract.
import { afterEach, describe, expect, it } from 'vitest';
import { STEP_IDS } from '../../../shared/model';
import { inOrder, makeHost, must } from '../../helpers/host';

let host: ReturnType<typeof makeHost>;
afterEach(() => host?.dispose());

async function setup(clock?: () => number) {
  host = makeHost(undefined, clock ? { now: clock } : {});
  return (await must(host, 'workshop.create', { title: 'Animation' })).id;
}

describe('agenda and timer', () => {
  it('starts from the catalogue, saves timeboxes, skips and order, each undoable', async () => {
    const workshopId = await setup();
    const initial = (await must(host, 'workshop.get', { workshopId })).agenda;
    expect(initial.map((e) => e.step)).toEqual([...STEP_IDS]);
    expect(initial[2]).toMatchObject({ step: 'objectives', timeboxMinutes: 20, skipped: false, spentMs: 0 });
    await must(host, 'agenda.update', { workshopId, step: 'listening', patch: { timeboxMinutes: 40, skipped: true } });
    const order = [...STEP_IDS].reverse();
    const reordered = (await must(host, 'agenda.reorder', { workshopId, order })).value;
    expect(reordered.map((e) => e.step)).toEqual(order);
    expect(reordered.find((e) => e.step === 'listening')).toMatchObject({ timeboxMinutes: 40, skipped: true });
    let data = await must(host, 'history.undo', { workshopId });
    expect(data.agenda.map((e) => e.step)).toEqual([...STEP_IDS]);
    data = await must(host, 'history.undo', { workshopId });
    expect(data.agenda.find((e) => e.step === 'listening')).toMatchObject({ timeboxMinutes: 15, skipped: false });
    expect((await host.call('agenda.reorder', { workshopId, order: [...STEP_IDS.slice(1), 'convince'] })).ok).toBe(false);
  });

  it('places a step the saved order does not know after its catalogue predecessor, without taking a saved position', async () => {
    const workshopId = await setup();
    const order = [...STEP_IDS].reverse();
    await must(host, 'agenda.reorder', { workshopId, order });
    // A workshop saved before "listening" existed: its custom order has no row for it.
    host.store.db.prepare("DELETE FROM agenda WHERE workshop_id = ? AND step = 'listening'").run(workshopId);
    const agenda = (await must(host, 'workshop.get', { workshopId })).agenda;
    const steps = agenda.map((e) => e.step);
    expect(steps.indexOf('listening')).toBe(steps.indexOf('targets') + 1);
    expect(steps.filter((s) => s !== 'listening')).toEqual(order.filter((s) => s !== 'listening'));
    expect(agenda.map((e) => e.position)).toEqual(agenda.map((_, i) => i));
  });

  it('counts the time spent per step, one step running at a time, and undo does not take time back', async () => {
    let now = 1_000_000;
    const workshopId = await setup(() => now);
    await must(host, 'timer.start', { workshopId, step: 'context' });
    now += 60_000;
    const switched = await must(host, 'timer.start', { workshopId, step: 'convince' });
    expect(switched.find((e) => e.step === 'context')).toMatchObject({ spentMs: 60_000, runningSince: null });
    now += 30_000;
    expect((await must(host, 'workshop.get', { workshopId })).agenda.find((e) => e.step === 'convince')).toMatchObject({ spentMs: 30_000 });
    await must(host, 'agenda.update', { workshopId, step: 'convince', patch: { timeboxMinutes: 25 } });
    now += 10_000;
    const paused = await must(host, 'timer.pause', { workshopId });
    expect(paused.find((e) => e.step === 'convince')).toMatchObject({ spentMs: 40_000, runningSince: null });
    const undone = await must(host, 'history.undo', { workshopId });
    expect(undone.agenda.find((e) => e.step === 'convince')).toMatchObject({ spentMs: 40_000, timeboxMinutes: 15 });
  });
});

describe('parking lot', () => {
  it('parks, edits, marks done and removes ideas, with undo', async () => {
    const workshopId = await setup();
    const item = (await must(host, 'parking.add', { workshopId, step: 'channels', text: 'Et TikTok ?' })).value;
    await must(host, 'parking.update', { workshopId, itemId: item.id, patch: { done: true } });
    expect((await must(host, 'workshop.get', { workshopId })).parking).toEqual([
      expect.objectContaining({ text: 'Et TikTok ?', done: true }),
    ]);
    expect((await must(host, 'history.undo', { workshopId })).parking[0]!.done).toBe(false);
    await must(host, 'parking.delete', { workshopId, itemId: item.id });
    expect((await must(host, 'workshop.get', { workshopId })).parking).toHaveLength(0);
    expect(await host.call('parking.add', { workshopId, step: 'channels', text: '   ' })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input' },
    });
  });
});

describe('dot voting', () => {
  async function board(workshopId: string) {
    const cards = await inOrder(
      ['A', 'B', 'C'],
      async (t) => (await must(host, 'card.create', { workshopId, card: { step: 'objectives', kind: 'objective', title: t } })).value.id,
    );
    const people = await inOrder(
      ['Ana', 'Bob'],
      async (name) => (await must(host, 'participant.create', { workshopId, participant: { name } })).value.id,
    );
    return { cards, people };
  }

  it('keeps each participant to their budget in a named round, and keeps results after closing', async () => {
    const workshopId = await setup();
    const { cards, people } = await board(workshopId);
    const round = (await must(host, 'vote.start', { workshopId, step: 'objectives', votesPerParticipant: 2 })).value;
    await must(host, 'vote.cast', { workshopId, roundId: round.id, cardId: cards[0]!, participantId: people[0]! });
    await must(host, 'vote.cast', { workshopId, roundId: round.id, cardId: cards[0]!, participantId: people[0]! });
    expect(await host.call('vote.cast', { workshopId, roundId: round.id, cardId: cards[1]!, participantId: people[0]! })).toMatchObject({
      ok: false,
      error: { code: 'conflict', message: 'Ana has used all 2 votes.' },
    });
    await must(host, 'vote.cast', { workshopId, roundId: round.id, cardId: cards[1]!, participantId: people[1]! });
    expect(await host.call('vote.cast', { workshopId, roundId: round.id, cardId: cards[1]! })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input' },
    });
    await must(host, 'vote.close', { workshopId, roundId: round.id });
    expect(await host.call('vote.cast', { workshopId, roundId: round.id, cardId: cards[2]!, participantId: people[1]! })).toMatchObject({
      ok: false,
      error: { message: 'This vote round is closed.' },
    });
    const data = await must(host, 'workshop.get', { workshopId });
    expect(data.voteRounds[0]!.status).toBe('closed');
    expect(data.votes.filter((v) => v.cardId === cards[0]).length).toBe(2);
  });

  it('counts anonymous votes without saying who, within the room’s total', async () => {
    const workshopId = await setup();
    const { cards } = await board(workshopId);
    const round = (await must(host, 'vote.start', { workshopId, step: 'objectives', votesPerParticipant: 1, anonymous: true })).value;
    await must(host, 'vote.cast', { workshopId, roundId: round.id, cardId: cards[2]! });
    const v = (await must(host, 'vote.cast', { workshopId, roundId: round.id, cardId: cards[2]!, participantId: null })).value;
    expect(v.participantId).toBeNull();
    expect(await host.call('vote.cast', { workshopId, roundId: round.id, cardId: cards[0]! })).toMatchObject({
      ok: false,
      error: { code: 'conflict' },
    });
    expect((await must(host, 'vote.reset', { workshopId, roundId: round.id })).value.removed).toBe(2);
    expect((await must(host, 'history.undo', { workshopId })).votes).toHaveLength(2);
  });

  it('refuses a card of another step, and a deleted card takes its votes along, undo brings them back', async () => {
    const workshopId = await setup();
    const { cards, people } = await board(workshopId);
    const other = (await must(host, 'card.create', { workshopId, card: { step: 'targets', kind: 'persona' } })).value.id;
    const round = (await must(host, 'vote.start', { workshopId, step: 'objectives' })).value;
    expect((await host.call('vote.cast', { workshopId, roundId: round.id, cardId: other, participantId: people[0]! })).ok).toBe(false);
    await must(host, 'vote.cast', { workshopId, roundId: round.id, cardId: cards[0]!, participantId: people[0]! });
    await must(host, 'card.delete', { workshopId, cardId: cards[0]! });
    expect((await must(host, 'workshop.get', { workshopId })).votes).toHaveLength(0);
    expect((await must(host, 'history.undo', { workshopId })).votes).toHaveLength(1);
  });
});

describe('accepted findings', () => {
  it('accepts a finding with a reason, reopens it, and snapshots keep them', async () => {
    const workshopId = await setup();
    await must(host, 'finding.accept', { workshopId, ruleId: 'budget.none', cardKey: '', reason: 'Budget voté en janvier' });
    const snap = await must(host, 'snapshot.create', { workshopId, name: 's' });
    await must(host, 'finding.reopen', { workshopId, ruleId: 'budget.none', cardKey: '' });
    expect((await must(host, 'workshop.get', { workshopId })).accepted).toHaveLength(0);
    expect(await host.call('finding.reopen', { workshopId, ruleId: 'budget.none', cardKey: '' })).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    });
    const restored = await must(host, 'snapshot.restore', { workshopId, snapshotId: snap.id });
    expect(restored.accepted).toEqual([expect.objectContaining({ ruleId: 'budget.none', reason: 'Budget voté en janvier' })]);
    expect((await host.call('finding.accept', { workshopId, ruleId: 'x', cardKey: '', reason: ' ' })).ok).toBe(false);
  });
});
