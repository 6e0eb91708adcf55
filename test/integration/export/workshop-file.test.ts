// The .socle workshop file: export then import gives the same workshop with new ids, in one transaction.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { WorkshopData } from '../../../shared/model';
import { makeHost, must } from '../../helpers/host';
import { buildFixture, dumpAll, exportFile, type TestHost } from './fixture';

let host: TestHost;
let workshopId = '';
beforeAll(async () => {
  host = makeHost();
  workshopId = (await buildFixture(host)).workshopId;
});
afterAll(() => host.dispose());

/** A workshop's content with ids replaced by what they point at, so that two copies compare equal. */
function content(d: WorkshopData) {
  const name = new Map(d.cards.map((c) => [c.id, `${c.kind}:${c.title}`]));
  const person = new Map(d.participants.map((p) => [p.id, p.name]));
  const sort = <T>(xs: T[]) => xs.map((x) => JSON.stringify(x)).sort();
  return {
    workshop: { ...d.workshop, id: undefined, createdAt: undefined, updatedAt: undefined },
    cards: sort(d.cards.map(({ id: _, workshopId: __, ...c }) => c)),
    links: sort(d.links.map((l) => [l.kind, name.get(l.fromCard), name.get(l.toCard)])),
    participants: sort(d.participants.map(({ id: _, workshopId: __, ...p }) => p)),
    answers: sort(d.answers.map(({ workshopId: _, ...a }) => a)),
    parking: sort(d.parking.map(({ id: _, workshopId: __, ...p }) => p)),
    rounds: sort(d.voteRounds.map(({ id: _, workshopId: __, ...r }) => r)),
    votes: sort(d.votes.map((v) => [name.get(v.cardId), v.participantId && person.get(v.participantId)])),
    accepted: sort(d.accepted.map((a) => [a.ruleId, a.cardKey.split(',').map((id) => name.get(id)), a.reason])),
    agenda: d.agenda.map(({ step, position, timeboxMinutes, skipped }) => [step, position, timeboxMinutes, skipped]),
  };
}

describe('workshop file', () => {
  it('is one versioned JSON document', async () => {
    const file = await exportFile(host, { workshopId, format: 'socle' });
    expect(file.fileName).toBe('Atelier « Stratégie 2027 » - Maison Lorand.socle');
    const doc = JSON.parse(file.bytes.toString('utf8'));
    expect(doc).toMatchObject({
      format: 'socle-workshop',
      version: 1,
      workshop: { title: 'Atelier « Stratégie 2027 » : Maison Lorand', language: 'fr' },
    });
    expect(Date.parse(doc.exportedAt)).not.toBeNaN();
    expect(Object.keys(doc)).toEqual(expect.arrayContaining(['cards', 'links', 'participants', 'answers', 'parking', 'votes', 'accepted']));
  });

  it('imports as a new workshop with the same content and fresh ids', async () => {
    const original = await must(host, 'workshop.get', { workshopId });
    const file = await exportFile(host, { workshopId, format: 'socle' });
    const imported = await must(host, 'workshop.import', { fileName: file.fileName, text: file.bytes.toString('utf8') });
    expect(imported.id).not.toBe(workshopId);
    const copy = await must(host, 'workshop.get', { workshopId: imported.id });
    expect(content(copy)).toEqual(content(original));
    const oldIds = new Set(
      [...original.cards, ...original.links, ...original.participants, ...original.parking, ...original.votes].map((x) => x.id),
    );
    for (const x of [...copy.cards, ...copy.links, ...copy.participants, ...copy.parking, ...copy.votes])
      expect(oldIds.has(x.id)).toBe(false);
    expect(copy.history.canUndo).toBe(false);
    expect((await must(host, 'library.list', {})).map((w) => w.id)).toContain(imported.id);
  });

  it('exports the imported workshop to the same outline', async () => {
    const file = await exportFile(host, { workshopId, format: 'socle' });
    const imported = await must(host, 'workshop.import', { fileName: 'copie.socle', text: file.bytes.toString('utf8') });
    const a = (await exportFile(host, { workshopId, format: 'md' })).bytes.toString('utf8');
    const b = (await exportFile(host, { workshopId: imported.id, format: 'md' })).bytes.toString('utf8');
    expect(b).toBe(a);
  });

  it('carries an agenda the group changed, and none when it follows the catalogue', async () => {
    const plain = JSON.parse((await exportFile(host, { workshopId, format: 'socle' })).bytes.toString('utf8'));
    expect(plain.agenda).toEqual([]);
    await must(host, 'agenda.update', { workshopId, step: 'swot', patch: { timeboxMinutes: 7, skipped: true } });
    const file = await exportFile(host, { workshopId, format: 'socle' });
    expect(JSON.parse(file.bytes.toString('utf8')).agenda).toHaveLength(14);
    const copy = await must(host, 'workshop.import', { fileName: 'agenda.socle', text: file.bytes.toString('utf8') });
    const swot = (await must(host, 'workshop.get', { workshopId: copy.id })).agenda.find((e) => e.step === 'swot');
    expect(swot).toMatchObject({ timeboxMinutes: 7, skipped: true });
  });

  it('accepts a file without the facilitation lists', async () => {
    const doc = JSON.parse((await exportFile(host, { workshopId, format: 'socle' })).bytes.toString('utf8'));
    for (const key of ['agenda', 'parking', 'voteRounds', 'votes', 'accepted']) delete doc[key];
    const before = (await must(host, 'library.list', {})).length;
    await must(host, 'workshop.import', { fileName: 'ancien.socle', text: JSON.stringify(doc) });
    expect((await must(host, 'library.list', {})).length).toBe(before + 1);
  });

  it('refuses a workshop that is gone, and writes nothing', async () => {
    const before = dumpAll(host);
    expect(await host.call('export.run', { workshopId: 'nope', format: 'pdf', language: 'fr' })).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    });
    expect(await host.call('export.run', { workshopId, format: 'odt', language: 'fr' })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input' },
    });
    expect(await host.call('export.run', { workshopId, format: 'pdf', language: 'fr', sections: ['nowhere'] })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input' },
    });
    expect(dumpAll(host)).toBe(before);
  });
});
