// Workshops through the contract: create, list, search, rename, duplicate, trash, restore, purge.
import { afterEach, describe, expect, it } from 'vitest';
import { seedFor } from '../../../shared/catalogue/templates';
import { dump, makeHost, must } from '../../helpers/host';

let host: ReturnType<typeof makeHost>;
afterEach(() => host?.dispose());

describe('workshops', () => {
  it('creates a workshop and lists it with its progress', async () => {
    host = makeHost();
    const w = await must(host, 'workshop.create', { title: 'Atelier Dupont', organisation: 'Dupont SA', language: 'fr' });
    const list = await must(host, 'library.list', {});
    expect(list.map((x) => x.title)).toEqual(['Atelier Dupont']);
    expect(list[0]).toMatchObject({ id: w.id, organisation: 'Dupont SA', progress: 0, cardCount: 0 });
  });

  it('searches by title, organisation and sector, and treats % literally', async () => {
    host = makeHost();
    await must(host, 'workshop.create', { title: 'Boulangerie', organisation: 'Martin', sector: 'Food' });
    await must(host, 'workshop.create', { title: 'Cabinet', organisation: 'Conseil 100%' });
    expect((await must(host, 'library.list', { query: 'mart' })).map((w) => w.title)).toEqual(['Boulangerie']);
    expect((await must(host, 'library.list', { query: 'food' })).map((w) => w.title)).toEqual(['Boulangerie']);
    expect((await must(host, 'library.list', { query: '100%' })).map((w) => w.title)).toEqual(['Cabinet']);
    expect((await must(host, 'library.list', { query: '%' })).map((w) => w.title)).toEqual(['Cabinet']);
  });

  it('renames, and the rename is undoable', async () => {
    host = makeHost();
    const w = await must(host, 'workshop.create', { title: 'Avant' });
    await must(host, 'workshop.update', { workshopId: w.id, patch: { title: 'Après' } });
    expect((await must(host, 'workshop.get', { workshopId: w.id })).workshop.title).toBe('Après');
    expect((await must(host, 'history.undo', { workshopId: w.id })).workshop.title).toBe('Avant');
  });

  it('refuses an empty title and changes nothing', async () => {
    host = makeHost();
    const w = await must(host, 'workshop.create', { title: 'Titre' });
    const before = dump(host);
    const r = await host.call('workshop.update', { workshopId: w.id, patch: { title: '' } });
    expect(r).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(dump(host)).toBe(before);
  });

  it('duplicates a workshop with its cards, links, participants and answers under new ids', async () => {
    host = makeHost();
    const w = await must(host, 'workshop.create', { title: 'Source' });
    const kpi = (await must(host, 'card.create', { workshopId: w.id, card: { step: 'measurement', kind: 'kpi', title: 'Leads' } })).value;
    const obj = (
      await must(host, 'card.create', {
        workshopId: w.id,
        card: { step: 'objectives', kind: 'objective', title: 'Plus de leads' },
      })
    ).value;
    await must(host, 'link.create', { workshopId: w.id, kind: 'measures', fromCard: kpi.id, toCard: obj.id });
    await must(host, 'participant.create', { workshopId: w.id, participant: { name: 'Claire', stance: 'skeptic' } });
    await must(host, 'answer.set', { workshopId: w.id, step: 'context', question: 'context.mission', value: 'Recruter' });
    const copy = await must(host, 'workshop.duplicate', { workshopId: w.id });
    const data = await must(host, 'workshop.get', { workshopId: copy.id });
    expect(copy.title).toBe('Source (2)');
    expect(data.cards.map((c) => c.title).sort()).toEqual(['Leads', 'Plus de leads']);
    expect(data.cards.every((c) => c.id !== kpi.id && c.id !== obj.id)).toBe(true);
    const ids = new Set(data.cards.map((c) => c.id));
    expect(data.links).toHaveLength(1);
    expect(ids.has(data.links[0]!.fromCard) && ids.has(data.links[0]!.toCard)).toBe(true);
    expect(data.participants.map((p) => p.name)).toEqual(['Claire']);
    expect(data.answers.map((a) => a.value)).toEqual(['Recruter']);
    expect(data.history.canUndo).toBe(false);
  });

  it('moves a workshop to the trash, restores it, and purges only from the trash', async () => {
    host = makeHost();
    const w = await must(host, 'workshop.create', { title: 'Corbeille' });
    expect(await host.call('workshop.purge', { workshopId: w.id })).toMatchObject({ ok: false, error: { code: 'conflict' } });
    await must(host, 'workshop.delete', { workshopId: w.id });
    expect(await must(host, 'library.list', {})).toHaveLength(0);
    expect((await must(host, 'library.list', { trash: true })).map((x) => x.id)).toEqual([w.id]);
    expect(await host.call('workshop.get', { workshopId: w.id })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    await must(host, 'workshop.restore', { workshopId: w.id });
    expect((await must(host, 'library.list', {})).map((x) => x.id)).toEqual([w.id]);
    await must(host, 'workshop.delete', { workshopId: w.id });
    await must(host, 'workshop.purge', { workshopId: w.id });
    expect(await must(host, 'library.list', { trash: true })).toHaveLength(0);
  });

  it('refuses an unknown template with a clear message', async () => {
    host = makeHost();
    const r = await host.call('workshop.create', { title: 'X', template: 'nope' });
    expect(r).toMatchObject({ ok: false, error: { code: 'invalid_input', message: 'Unknown template "nope".' } });
    expect(await must(host, 'library.list', {})).toHaveLength(0);
  });

  it('fills a workshop from a sector template and shows its progress from the catalogue’s rule', async () => {
    host = makeHost(undefined, { seed: seedFor });
    const w = await must(host, 'workshop.create', { title: 'Café', template: 'local_shop', language: 'fr' });
    const data = await must(host, 'workshop.get', { workshopId: w.id });
    expect(data.cards.length).toBeGreaterThan(10);
    const [summary] = await must(host, 'library.list', { query: 'café' });
    expect(summary!.progress).toBeGreaterThan(0);
    expect(summary!.progress).toBeLessThan(1);
    const demo = await must(host, 'workshop.create', { title: 'Démo', template: 'demo', language: 'en' });
    const demoSummary = (await must(host, 'library.list', {})).find((x) => x.id === demo.id)!;
    expect(demoSummary.progress).toBeGreaterThan(summary!.progress);
  });
});
