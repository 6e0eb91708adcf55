// Cards, links, participants and answers through the contract, with their undo and redo.
import { afterEach, describe, expect, it } from 'vitest';
import { dump, makeHost, must } from '../../helpers/host';

let host: ReturnType<typeof makeHost>;
afterEach(() => host?.dispose());

function setup() {
  host = makeHost();
  return must(host, 'workshop.create', { title: 'Atelier' }).id;
}

describe('cards', () => {
  it('creates, edits and deletes a card, each step undoable and redoable', () => {
    const workshopId = setup();
    const card = must(host, 'card.create', {
      workshopId,
      card: { step: 'objectives', kind: 'objective', title: 'Notoriété', fields: { type: 'awareness', target: 1000 } },
    }).value;
    expect(card).toMatchObject({ x: 0, y: 0, width: 220, height: 120, colour: null });
    must(host, 'card.update', { workshopId, cardId: card.id, patch: { x: 300, y: 120 } });
    must(host, 'card.update', { workshopId, cardId: card.id, patch: { fields: { type: 'leads', deadline: '2027-03-31' } } });
    must(host, 'card.delete', { workshopId, cardId: card.id });
    expect(must(host, 'workshop.get', { workshopId }).cards).toHaveLength(0);

    let data = must(host, 'history.undo', { workshopId });
    expect(data.cards[0]).toMatchObject({ x: 300, fields: { type: 'leads', deadline: '2027-03-31' } });
    data = must(host, 'history.undo', { workshopId });
    expect(data.cards[0]!.fields).toEqual({ type: 'awareness', target: 1000 });
    data = must(host, 'history.undo', { workshopId });
    expect(data.cards[0]).toMatchObject({ x: 0, y: 0 });
    data = must(host, 'history.undo', { workshopId });
    expect(data.cards).toHaveLength(0);
    expect(data.history).toMatchObject({ canUndo: false, canRedo: true });

    data = must(host, 'history.redo', { workshopId });
    data = must(host, 'history.redo', { workshopId });
    expect(data.cards[0]).toMatchObject({ x: 300, y: 120 });
    expect(data.history).toMatchObject({ canUndo: true, canRedo: true, redoLabel: 'card.update' });
  });

  it('merges typing in one field into one undo step, and a new edit drops the redo branch', () => {
    const workshopId = setup();
    const card = must(host, 'card.create', { workshopId, card: { step: 'context', kind: 'note' } }).value;
    for (const title of ['N', 'No', 'Not', 'Note']) {
      must(host, 'card.update', { workshopId, cardId: card.id, patch: { title }, coalesce: 'title-1' });
    }
    let data = must(host, 'history.undo', { workshopId });
    expect(data.cards[0]!.title).toBe('');
    expect(data.history.canUndo).toBe(true);
    must(host, 'card.update', { workshopId, cardId: card.id, patch: { body: 'autre' } });
    data = must(host, 'workshop.get', { workshopId });
    expect(data.history.canRedo).toBe(false);
  });

  it('refuses fields that do not fit the kind, and changes nothing', () => {
    const workshopId = setup();
    const card = must(host, 'card.create', { workshopId, card: { step: 'objectives', kind: 'objective' } }).value;
    const before = dump(host);
    const bad = [
      { fields: { type: 'world_domination' } },
      { fields: { target: -5 } },
      { fields: { deadline: '31/12/2027' } },
      { fields: { colourOfMood: 'blue' } },
      { kind: 'no_such_kind' },
    ];
    for (const patch of bad) {
      const r = host.call('card.update', { workshopId, cardId: card.id, patch });
      expect(r, JSON.stringify(patch)).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    }
    expect(dump(host)).toBe(before);
  });

  it('lets a cleared field be null', () => {
    const workshopId = setup();
    const card = must(host, 'card.create', { workshopId, card: { step: 'objectives', kind: 'objective', fields: { target: 5 } } }).value;
    const updated = must(host, 'card.update', { workshopId, cardId: card.id, patch: { fields: { target: null } } }).value;
    expect(updated.fields).toEqual({ target: null });
  });

  it('does not let one workshop touch another one’s cards', () => {
    const a = setup();
    const b = must(host, 'workshop.create', { title: 'Autre' }).id;
    const card = must(host, 'card.create', { workshopId: a, card: { step: 'context', kind: 'note' } }).value;
    expect(host.call('card.update', { workshopId: b, cardId: card.id, patch: { title: 'pirate' } })).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    });
  });
});

describe('links', () => {
  it('accepts a link that makes sense and refuses one that does not, saying why', () => {
    const workshopId = setup();
    const make = (kind: string, step: 'measurement' | 'objectives' | 'channels' | 'swot', fields = {}) =>
      must(host, 'card.create', { workshopId, card: { step, kind, fields } }).value.id;
    const kpi = make('kpi', 'measurement');
    const objective = make('objective', 'objectives');
    const channel = make('channel', 'channels');
    const strength = make('swot', 'swot', { quadrant: 'strength' });
    expect(must(host, 'link.create', { workshopId, kind: 'measures', fromCard: kpi, toCard: objective }).value.kind).toBe('measures');
    expect(host.call('link.create', { workshopId, kind: 'measures', fromCard: channel, toCard: objective })).toMatchObject({
      ok: false,
      error: {
        code: 'conflict',
        message: 'A "measures" link cannot start from a channel card.',
        fr: 'Un lien « measures » ne peut pas partir d’une carte channel.',
      },
    });
    expect(host.call('link.create', { workshopId, kind: 'mitigates', fromCard: strength, toCard: strength })).toMatchObject({
      ok: false,
      error: { code: 'conflict' },
    });
    expect(host.call('link.create', { workshopId, kind: 'measures', fromCard: kpi, toCard: objective })).toMatchObject({
      ok: false,
      error: { message: 'These two cards are already linked that way.' },
    });
  });

  it('deletes a card with its links, and undo brings both back', () => {
    const workshopId = setup();
    const kpi = must(host, 'card.create', { workshopId, card: { step: 'measurement', kind: 'kpi' } }).value.id;
    const objective = must(host, 'card.create', { workshopId, card: { step: 'objectives', kind: 'objective' } }).value.id;
    const link = must(host, 'link.create', { workshopId, kind: 'measures', fromCard: kpi, toCard: objective }).value;
    expect(must(host, 'card.delete', { workshopId, cardId: objective }).value.linkIds).toEqual([link.id]);
    expect(must(host, 'workshop.get', { workshopId }).links).toHaveLength(0);
    const data = must(host, 'history.undo', { workshopId });
    expect(data.cards).toHaveLength(2);
    expect(data.links.map((l) => l.id)).toEqual([link.id]);
  });
});

describe('participants and answers', () => {
  it('keeps participants and answers, with undo', () => {
    const workshopId = setup();
    const p = must(host, 'participant.create', { workshopId, participant: { name: 'Marc', department: 'Ventes' } }).value;
    expect(p).toMatchObject({ stance: 'neutral', role: '' });
    must(host, 'participant.update', { workshopId, participantId: p.id, patch: { stance: 'skeptic' } });
    must(host, 'answer.set', { workshopId, step: 'resources', question: 'resources.hours', value: 12 });
    must(host, 'answer.set', { workshopId, step: 'resources', question: 'resources.hours', value: 15 });
    let data = must(host, 'workshop.get', { workshopId });
    expect(data.participants[0]!.stance).toBe('skeptic');
    expect(data.answers).toEqual([expect.objectContaining({ question: 'resources.hours', value: 15 })]);
    data = must(host, 'history.undo', { workshopId });
    expect(data.answers[0]!.value).toBe(12);
    data = must(host, 'history.undo', { workshopId });
    expect(data.answers).toHaveLength(0);
    data = must(host, 'history.undo', { workshopId });
    expect(data.participants[0]!.stance).toBe('neutral');
    must(host, 'participant.delete', { workshopId, participantId: p.id });
    expect(must(host, 'workshop.get', { workshopId }).participants).toHaveLength(0);
  });
});
