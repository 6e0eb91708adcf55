// A full disk or a read-only library: a clear message, nothing half-written, and the next edit works.
import { afterEach, describe, expect, it } from 'vitest';
import { dump, makeHost, must } from '../../helpers/host';

let host: ReturnType<typeof makeHost>;
afterEach(() => host?.dispose());

describe('storage failures', () => {
  it('says the disk is full and keeps the library as it was', async () => {
    host = makeHost();
    const workshopId = (await must(host, 'workshop.create', { title: 'Plein' })).id;
    const db = host.store.db;
    const pages = db.pragma('page_count', { simple: true }) as number;
    db.pragma(`max_page_count = ${pages}`);
    const before = dump(host);
    const r = await host.call('card.create', { workshopId, card: { step: 'context', kind: 'note', body: 'x'.repeat(19_000) } });
    expect(r).toMatchObject({
      ok: false,
      error: { code: 'storage', message: expect.stringMatching(/disk is full/), fr: expect.stringMatching(/disque est plein/) },
    });
    expect(dump(host)).toBe(before);
    db.pragma('max_page_count = 1073741823');
    expect((await host.call('card.create', { workshopId, card: { step: 'context', kind: 'note', body: 'ok' } })).ok).toBe(true);
  });

  it('says the library is read-only and changes nothing', async () => {
    host = makeHost();
    const workshopId = (await must(host, 'workshop.create', { title: 'Lecture seule' })).id;
    host.store.db.pragma('query_only = 1');
    const before = dump(host);
    const r = await host.call('workshop.update', { workshopId, patch: { title: 'non' } });
    expect(r).toMatchObject({ ok: false, error: { code: 'storage', message: expect.stringMatching(/read-only/) } });
    expect(dump(host)).toBe(before);
    host.store.db.pragma('query_only = 0');
  });
});
