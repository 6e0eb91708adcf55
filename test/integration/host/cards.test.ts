// Cards, links, participants and answers through the contract, with their undo and redo.
import { afterEach, describe, expect, it } from 'vitest';
import { dump, makeHost, must } from '../../helpers/host';

let host: ReturnType<typeof makeHost>;
afterEach(() => host?.dispose());

async function setup() {
  host = makeHost();
  return (await must(host, 'workshop.create', { title: 'Atelier' })).id;
}

describe('cards', () => {
  it('creates, edits and deletes a card, each step undoable and redoable', async () => {
    const workshopId = await setup();
    const card = (
      await must(host, 'card.create', {
        workshopId,
        card: { step: 'objectives', kind: 'objective', title: 'Notoriété', fields: { type: 'awareness', target: 1000 } },
      })
    ).value;
    expect(card).toMatchObject({ x: 0, y: 0, width: 220, height: 120, colour: null });
    await must(host, 'card.update', { workshopId, cardId: card.id, patch: { x: 300, y: 120 } });
    await must(host, 'card.update', { workshopId, cardId: card.id, patch: { fields: { type: 'leads', deadline: '2027-03-31' } } });
    await must(host, 'card.delete', { workshopId, cardId: card.id });
    expect((await must(host, 'workshop.get', { workshopId })).cards).toHaveLength(0);

    let data = await must(host, 'history.undo', { workshopId });
    expect(data.cards[0]).toMatchObject({ x: 300, fields: { type: 'leads', deadline: '2027-03-31' } });
    data = await must(host, 'history.undo', { workshopId });
    expect(data.cards[0]!.fields).toEqual({ type: 'awareness', target: 1000 });
    data = await must(host, 'history.undo', { workshopId });
    expect(data.cards[0]).toMatchObject({ x: 0, y: 0 });
    data = await must(host, 'history.undo', { workshopId });
    expect(data.cards).toHaveLength(0);
    expect(data.history).toMatchObject({ canUndo: false, canRedo: true });

    data = await must(host, 'history.redo', { workshopId });
    data = await must(host, 'history.redo', { workshopId });
    expect(data.cards[0]).toMatchObject({ x: 300, y: 120 });
    expect(data.history).toMatchObject({ canUndo: true, canRedo: true, redoLabel: 'card.update' });
  });

  it('merges typing in one field into one undo step, and a new edit drops the redo branch', async () => {
    const workshopId = await setup();
    const card = (await must(host, 'card.create', { workshopId, card: { step: 'context', kind: 'note' } })).value;
    for (const title of ['N', 'No', 'Not', 'Note']) {
      await must(host, 'card.update', { workshopId, cardId: card.id, patch: { title }, coalesce: 'title-1' });
    }
    let data = await must(host, 'history.undo', { workshopId });
    expect(data.cards[0]!.title).toBe('');
    expect(data.history.canUndo).toBe(true);
    await must(host, 'card.update', { workshopId, cardId: card.id, patch: { body: 'autre' } });
    data = await must(host, 'workshop.get', { workshopId });
    expect(data.history.canRedo).toBe(false);
  });

  it('refuses fields that do not fit the kind, and changes nothing', async () => {
    const workshopId = await setup();
    const card = (await must(host, 'card.create', { workshopId, card: { step: 'objectives', kind: 'objective' } })).value;
    const before = dump(host);
    const bad = [
      { fields: { type: 'world_domination' } },
      { fields: { target: -5 } },
      { fields: { deadline: '31/12/2027' } },
      { fields: { colourOfMood: 'blue' } },
      { kind: 'no_such_kind' },
    ];
    for (const patch of bad) {
      const r = await host.call('card.update', { workshopId, cardId: card.id, patch });
      expect(r, JSON.stringify(patch)).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    }
    expect(dump(host)).toBe(before);
  });

  it('lets a cleared field be null', async () => {
    const workshopId = await setup();
    const card = (await must(host, 'card.create', { workshopId, card: { step: 'objectives', kind: 'objective', fields: { target: 5 } } }))
      .value;
    const updated = (await must(host, 'card.update', { workshopId, cardId: card.id, patch: { fields: { target: null } } })).value;
    expect(updated.fields).toEqual({ target: null });
  });

  it('does not let one workshop touch another one’s cards', async () => {
    const a = await setup();
    const b = (await must(host, 'workshop.create', { title: 'Autre' })).id;
    const card = (await must(host, 'card.create', { workshopId: a, card: { step: 'context', kind: 'note' } })).value;
    expect(await host.call('card.update', { workshopId: b, cardId: card.id, patch: { title: 'pirate' } })).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    });
  });
});

describe('links', () => {
  it('accepts a link that makes sense and refuses one that does not, saying why', async () => {
    const workshopId = await setup();
    const make = async (kind: string, step: 'measurement' | 'objectives' | 'channels' | 'swot', fields = {}) =>
      (await must(host, 'card.create', { workshopId, card: { step, kind, fields } })).value.id;
    const kpi = await make('kpi', 'measurement');
    const objective = await make('objective', 'objectives');
    const channel = await make('channel', 'channels');
    const strength = await make('swot', 'swot', { quadrant: 'strength' });
    expect((await must(host, 'link.create', { workshopId, kind: 'measures', fromCard: kpi, toCard: objective })).value.kind).toBe(
      'measures',
    );
    expect(await host.call('link.create', { workshopId, kind: 'measures', fromCard: channel, toCard: objective })).toMatchObject({
      ok: false,
      error: {
        code: 'conflict',
        message: 'A "measures" link cannot start from a channel card.',
        fr: 'Un lien «\u00a0measures\u00a0» ne peut pas partir d’une carte channel.',
      },
    });
    expect(await host.call('link.create', { workshopId, kind: 'mitigates', fromCard: strength, toCard: strength })).toMatchObject({
      ok: false,
      error: { code: 'conflict' },
    });
    expect(await host.call('link.create', { workshopId, kind: 'measures', fromCard: kpi, toCard: objective })).toMatchObject({
      ok: false,
      error: { message: 'These two cards are already linked that way.' },
    });
  });

  it('deletes a card with its links, and undo brings both back', async () => {
    const workshopId = await setup();
    const kpi = (await must(host, 'card.create', { workshopId, card: { step: 'measurement', kind: 'kpi' } })).value.id;
    const objective = (await must(host, 'card.create', { workshopId, card: { step: 'objectives', kind: 'objective' } })).value.id;
    const link = (await must(host, 'link.create', { workshopId, kind: 'measures', fromCard: kpi, toCard: objective })).value;
    expect((await must(host, 'card.delete', { workshopId, cardId: objective })).value.linkIds).toEqual([link.id]);
    expect((await must(host, 'workshop.get', { workshopId })).links).toHaveLength(0);
    const data = await must(host, 'history.undo', { workshopId });
    expect(data.cards).toHaveLength(2);
    expect(data.links.map((l) => l.id)).toEqual([link.id]);
  });
});

describe('participants and answers', () => {
  it('keeps participants and answers, with undo', async () => {
    const workshopId = await setup();
    const p = (await must(host, 'participant.create', { workshopId, participant: { name: 'Marc', department: 'Ventes' } })).value;
    expect(p).toMatchObject({ stance: 'neutral', role: '' });
    await must(host, 'participant.update', { workshopId, participantId: p.id, patch: { stance: 'skeptic' } });
    await must(host, 'answer.set', { workshopId, step: 'resources', question: 'resources.hours', value: 12 });
    await must(host, 'answer.set', { workshopId, step: 'resources', question: 'resources.hours', value: 15 });
    let data = await must(host, 'workshop.get', { workshopId });
    expect(data.participants[0]!.stance).toBe('skeptic');
    expect(data.answers).toEqual([expect.objectContaining({ question: 'resources.hours', value: 15 })]);
    data = await must(host, 'history.undo', { workshopId });
    expect(data.answers[0]!.value).toBe(12);
    data = await must(host, 'history.undo', { workshopId });
    expect(data.answers).toHaveLength(0);
    data = await must(host, 'history.undo', { workshopId });
    expect(data.participants[0]!.stance).toBe('neutral');
    await must(host, 'participant.delete', { workshopId, participantId: p.id });
    expect((await must(host, 'workshop.get', { workshopId })).participants).toHaveLength(0);
  });
});
