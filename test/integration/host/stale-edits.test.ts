// Two windows on one workshop: an edit sends only what changed, with what the window saw before it; the host merges
// a card's fields one by one and refuses a write based on a stale view (conflict, isStale) instead of overwriting.
import { afterEach, describe, expect, it } from 'vitest';
import { isStale, type Result } from '../../../shared/api';
import { dump, makeHost, must } from '../../helpers/host';

let host: ReturnType<typeof makeHost>;
afterEach(() => host?.dispose());

function expectStale(result: Result<unknown>, path: string): void {
  expect(result.ok).toBe(false);
  if (result.ok) return;
  expect(isStale(result.error)).toBe(true);
  expect(result.error.issues?.map((i) => i.path)).toContain(path);
  expect(result.error.fr).toMatch(/autre fenêtre/);
}

describe('edits from two windows', () => {
  it('keeps both windows’ edits of different fields of one card, and refuses a stale edit of the same field', async () => {
    host = makeHost();
    const workshopId = (await must(host, 'workshop.create', { title: 'Deux onglets' })).id;
    const card = (await must(host, 'card.create', { workshopId, card: { step: 'objectives', kind: 'objective', title: 'Notoriété' } }))
      .value;
    // Window A sets the target value; window B, which still shows no target, then sets the deadline.
    await must(host, 'card.update', {
      workshopId,
      cardId: card.id,
      patch: { fields: { target: 5000 } },
      expected: { fields: { target: null } },
    });
    await must(host, 'card.update', {
      workshopId,
      cardId: card.id,
      patch: { fields: { deadline: '2027-06-30' } },
      expected: { fields: { deadline: null } },
    });
    const stored = (await must(host, 'workshop.get', { workshopId })).cards[0]!;
    expect(stored.fields).toMatchObject({ target: 5000, deadline: '2027-06-30' });

    // B then changes the target it saw as empty: refused, A's value stays.
    const before = dump(host);
    expectStale(
      await host.call('card.update', {
        workshopId,
        cardId: card.id,
        patch: { fields: { target: 10 } },
        expected: { fields: { target: null } },
      }),
      'fields.target',
    );
    expectStale(
      await host.call('card.update', { workshopId, cardId: card.id, patch: { title: 'B' }, expected: { title: 'Ancien' } }),
      'title',
    );
    expect(dump(host)).toBe(before);
  });

  it('refuses stale answers, participants and workshop settings, and takes fresh ones', async () => {
    host = makeHost();
    const workshopId = (await must(host, 'workshop.create', { title: 'Réglages' })).id;
    const set = (value: string, expected: string | null) =>
      host.call('answer.set', { workshopId, step: 'context', question: 'context.mission', value, expected });
    expect((await set('A', null)).ok).toBe(true);
    expectStale(await set('B', null), 'value');
    expect((await set('B', 'A')).ok).toBe(true);

    const p = (await must(host, 'participant.create', { workshopId, participant: { name: 'Ana' } })).value;
    expect(
      (await host.call('participant.update', { workshopId, participantId: p.id, patch: { role: 'DG' }, expected: { role: '' } })).ok,
    ).toBe(true);
    expectStale(
      await host.call('participant.update', { workshopId, participantId: p.id, patch: { role: 'DAF' }, expected: { role: '' } }),
      'role',
    );

    expect((await host.call('workshop.update', { workshopId, patch: { sector: 'Banque' }, expected: { sector: '' } })).ok).toBe(true);
    expectStale(await host.call('workshop.update', { workshopId, patch: { sector: 'Assurance' }, expected: { sector: '' } }), 'sector');
    expect(await must(host, 'workshop.get', { workshopId })).toMatchObject({
      workshop: { sector: 'Banque' },
      participants: [{ role: 'DG' }],
      answers: [{ value: 'B' }],
    });
  });

  it('undoes only the edit the window means: another window’s newer edit on top is refused, not undone', async () => {
    host = makeHost();
    const workshopId = (await must(host, 'workshop.create', { title: 'Annuler' })).id;
    const a = await must(host, 'card.create', { workshopId, card: { step: 'context', kind: 'note', title: 'de A' } });
    const b = await must(host, 'card.create', { workshopId, card: { step: 'context', kind: 'note', title: 'de B' } });
    expect(b.history.undoSeq).toBeGreaterThan(a.history.undoSeq!);
    const before = dump(host);
    expectStale(await host.call('history.undo', { workshopId, expected: a.history.undoSeq! }), 'history');
    expect(dump(host)).toBe(before);
    // Once the window has been shown B's edit (the reload answers its seq), undo takes it back.
    const shown = (await must(host, 'workshop.get', { workshopId })).history.undoSeq!;
    expect(shown).toBe(b.history.undoSeq);
    const after = await must(host, 'history.undo', { workshopId, expected: shown });
    expect(after.cards.map((c) => c.title)).toEqual(['de A']);
  });
});
