// Tests for the facilitation actions against a fake client: what each call sends and how its answer lands in the store.
import { describe, expect, it } from 'vitest';
import type { AgendaEntry, WorkshopData } from '../../../shared/model';
import { fakeClient } from '../../stores/fakeClient';
import { data, gone, history, put } from '../../stores/fixtures';
import { createWorkshopStore } from '../../stores/workshop';
import { facilitationActions } from './actions';
import { notesQuestion, SESSION_QUESTION } from './ids';

const entry = (over: Partial<AgendaEntry> = {}): AgendaEntry => ({
  step: 'objectives',
  position: 2,
  timeboxMinutes: 20,
  skipped: false,
  spentMs: 0,
  runningSince: null,
  ...over,
});
const person = { workshopId: 'w1', department: '', role: '', stance: 'neutral' as const, createdAt: 1 };

async function setup(answers: Parameters<typeof fakeClient>[0], start: WorkshopData = data({ agenda: [entry()] })) {
  const fake = fakeClient({ 'workshop.get': () => ({ ok: true, value: start }), ...answers });
  const store = createWorkshopStore(fake.client);
  await store.getState().load('w1');
  return { store, actions: facilitationActions(fake.client, store), ...fake };
}

describe('facilitation actions', () => {
  it('adds five minutes to the step’s timebox as an undoable agenda edit', async () => {
    const { actions, calls, store } = await setup({
      'agenda.update': () => ({ ok: true, value: { value: [entry({ timeboxMinutes: 25 })], history: history(true) } }),
    });
    await actions.addTime('objectives');
    expect(calls.at(-1)).toEqual({ name: 'agenda.update', input: { workshopId: 'w1', step: 'objectives', patch: { timeboxMinutes: 25 } } });
    expect(store.getState().data?.agenda[0]?.timeboxMinutes).toBe(25);
    expect(store.getState().history.canUndo).toBe(true);
  });

  it('starts and pauses the timer outside the undo history', async () => {
    const { actions, calls, store } = await setup({
      'timer.start': () => ({ ok: true, value: [entry({ runningSince: 5 })] }),
      'timer.pause': () => ({ ok: true, value: [entry({ spentMs: 1000 })] }),
    });
    await actions.startTimer('objectives');
    expect(calls.at(-1)?.input).toEqual({ workshopId: 'w1', step: 'objectives' });
    expect(store.getState().data?.agenda[0]?.runningSince).toBe(5);
    await actions.pauseTimer();
    expect(store.getState().data?.agenda[0]).toMatchObject({ runningSince: null, spentMs: 1000 });
    expect(store.getState().history.canUndo).toBe(false);
  });

  it('parks, updates and removes ideas', async () => {
    const item = { id: 'p1', workshopId: 'w1', step: 'swot' as const, text: 'Site', done: false, createdAt: 1 };
    const { actions, store } = await setup({
      'parking.add': () => ({ ok: true, value: { value: item, history: history(true), rows: [put('parking', item)] } }),
      'parking.update': () => ({
        ok: true,
        value: { value: { ...item, done: true }, history: history(true), rows: [put('parking', { ...item, done: true })] },
      }),
      'parking.delete': () => ({ ok: true, value: { value: { itemId: 'p1' }, history: history(true), rows: [gone('parking', 'p1')] } }),
    });
    await actions.park('swot', 'Site');
    await actions.updateParked('p1', { done: true });
    expect(store.getState().data?.parking).toEqual([{ ...item, done: true }]);
    await actions.deleteParked('p1');
    expect(store.getState().data?.parking).toEqual([]);
  });

  it('removes a participant with their votes, as the host does', async () => {
    const start = data({
      participants: [{ ...person, id: 'a', name: 'Ann' }],
      votes: [{ id: 'v1', roundId: 'r', cardId: 'c', participantId: 'a', createdAt: 1 }],
    });
    const { actions, store } = await setup(
      {
        // The host's answer lists the participant's row and the vote its deletion took with it.
        'participant.delete': () => ({
          ok: true,
          value: { value: { participantId: 'a' }, history: history(true), rows: [gone('participants', 'a'), gone('votes', 'v1')] },
        }),
      },
      start,
    );
    await actions.deleteParticipant('a');
    expect(store.getState().data?.participants).toEqual([]);
    expect(store.getState().data?.votes).toEqual([]);
  });

  it('keeps notes and the session length as answers under reserved ids', async () => {
    const { actions, calls } = await setup({
      'answer.set': (input) => ({
        ok: true,
        value: { value: { question: String(input.question), value: input.value as never }, history: history(true), rows: [] },
      }),
    });
    await actions.setNotes('swot', 'Relancer Paul', 'k');
    expect(calls.at(-1)?.input).toMatchObject({ step: 'swot', question: notesQuestion('swot'), value: 'Relancer Paul', coalesce: 'k' });
    await actions.setSessionMinutes(180);
    expect(calls.at(-1)?.input).toMatchObject({ question: SESSION_QUESTION, value: 180 });
  });

  it('restores a snapshot as a whole new workshop', async () => {
    const restored = data({ agenda: [entry({ timeboxMinutes: 99 })] });
    const { actions, store } = await setup({ 'snapshot.restore': () => ({ ok: true, value: restored }) });
    const before = store.getState().revision;
    await actions.restoreSnapshot('s1');
    expect(store.getState().data).toBe(restored);
    expect(store.getState().revision).toBe(before + 1);
  });
});
