// The before/after part of the case: it compares the earliest snapshot with now (DESIGN §6: only when a snapshot exists),
// and the slide and the document say which two moments they compare.
import { afterEach, describe, expect, it } from 'vitest';
import { buildDeck, buildOutline, type DocumentInput } from '../../../shared/document';
import { beforeState } from '../../../electron/host/handlers/exports';
import { seedFor } from '../../../shared/catalogue/templates';
import { makeHost, must, tempDir } from '../../helpers/host';

const hosts: ReturnType<typeof makeHost>[] = [];
afterEach(() => hosts.splice(0).forEach((h) => h.dispose()));

/** A host whose clock the test moves: 9:00 on 3 March 2026, local time. */
function clockedHost() {
  let now = new Date(2026, 2, 3, 9, 0).getTime();
  const host = makeHost(undefined, { now: () => now });
  hosts.push(host);
  return { host, later: (ms: number) => (now += ms) };
}

const DAY = 24 * 3_600_000;
/** French typography puts narrow no-break spaces inside « »: compared as plain spaces. */
const plain = (text: string | undefined) => (text ?? '').replace(/[\u00a0\u202f]/g, ' ');

async function input(host: ReturnType<typeof makeHost>, workshopId: string): Promise<DocumentInput> {
  const data = await must(host, 'workshop.get', { workshopId });
  const before = beforeState(host.store, workshopId);
  return before ? { ...data, before } : data;
}

const slideOf = (i: DocumentInput, language: 'fr' | 'en') => buildDeck(i, { language }).slides.find((s) => s.id === 'beforeAfter');

async function channel(host: ReturnType<typeof makeHost>, workshopId: string, name: string) {
  return (
    await must(host, 'card.create', {
      workshopId,
      card: { step: 'channels', kind: 'channel', title: name, fields: { platform: name.toLowerCase() } },
    })
  ).value;
}

describe('before and after', () => {
  it('takes the earliest snapshot, not a later one, and names both dates in the title, the columns and a sentence', async () => {
    const { host, later } = clockedHost();
    const w = (await must(host, 'workshop.create', { title: 'Comité' })).id;
    await channel(host, w, 'TikTok');
    await must(host, 'snapshot.create', { workshopId: w, name: 'Avant l’atelier' });
    later(DAY);
    await channel(host, w, 'LinkedIn');
    await must(host, 'snapshot.create', { workshopId: w, name: 'Pause de midi' });
    later(6 * DAY);
    await channel(host, w, 'Instagram');
    const i = await input(host, w);
    expect(i.before).toMatchObject({ name: 'Avant l’atelier', at: new Date(2026, 2, 3, 9, 0).getTime() });
    expect(i.before?.cards.map((c) => c.title)).toEqual(['TikTok']);

    const fr = slideOf(i, 'fr')!;
    expect(plain(fr.title)).toContain('3 mars 2026');
    expect(plain(fr.title)).toContain('10 mars 2026');
    const table = fr.blocks.find((b) => b.type === 'table');
    const labels = table?.type === 'table' ? table.columns.map((c) => plain(c.label)) : [];
    expect(labels[1]).toBe('Instantané « Avant l’atelier », 3 mars 2026');
    expect(labels[2]).toBe('Aujourd’hui, 10 mars 2026');
    expect(plain(JSON.stringify(fr.blocks))).toContain('pris le 3 mars 2026');
    const en = slideOf(i, 'en')!;
    expect(plain(en.title)).toMatch(/^From 3 Mar 2026 to 10 Mar 2026/);
    // The document says the same in its own section.
    const doc = buildOutline(i, { language: 'en' });
    expect(plain(JSON.stringify(doc.sections))).toContain('Compares the snapshot “Avant l’atelier” taken on 3 Mar 2026');
  });

  it('shows the time of day when both moments fall on the same day', async () => {
    const { host, later } = clockedHost();
    const w = (await must(host, 'workshop.create', { title: 'Comité' })).id;
    await must(host, 'snapshot.create', { workshopId: w, name: 'Ouverture' });
    later(8 * 3_600_000);
    await channel(host, w, 'LinkedIn');
    const title = plain(slideOf(await input(host, w), 'en')!.title);
    expect(title).toMatch(/3 Mar 2026, 09:00/);
    expect(title).toMatch(/3 Mar 2026, 17:00/);
  });

  it('without a snapshot there is no comparison, however much the room built (nothing to compare with but an empty page)', async () => {
    const { host, later } = clockedHost();
    const w = (await must(host, 'workshop.create', { title: 'Comité' })).id;
    later(DAY);
    await channel(host, w, 'LinkedIn');
    await must(host, 'card.create', { workshopId: w, card: { step: 'objectives', kind: 'objective', title: 'Leads' } });
    const i = await input(host, w);
    expect(i.before).toBeUndefined();
    expect(slideOf(i, 'fr')).toBeUndefined();
    expect(JSON.stringify(buildOutline(i, { language: 'en' }).sections)).not.toContain('Compares the snapshot');
  });

  it('leaves the slide out when the plan has not moved since the snapshot', async () => {
    const { host, later } = clockedHost();
    const w = (await must(host, 'workshop.create', { title: 'Comité' })).id;
    await channel(host, w, 'LinkedIn');
    await must(host, 'snapshot.create', { workshopId: w, name: 'Ouverture' });
    later(DAY);
    const i = await input(host, w);
    expect(i.before?.name).toBe('Ouverture');
    expect(slideOf(i, 'fr')).toBeUndefined();
  });

  it('keeps a complete deck with a before/after within 18 slides: the SWOT slide gives way, the asks and the chain stay', async () => {
    const host = makeHost(tempDir(), { seed: seedFor });
    hosts.push(host);
    const w = (await must(host, 'workshop.create', { title: 'Démo', template: 'demo', language: 'fr' })).id;
    await must(host, 'snapshot.create', { workshopId: w, name: 'Avant la séance' });
    await channel(host, w, 'TikTok');
    const ids = buildDeck(await input(host, w), { language: 'fr' }).slides.map((s) => s.id);
    expect(ids.length).toBeLessThanOrEqual(18);
    expect(ids).toContain('beforeAfter');
    expect(ids).toContain('decisions');
    expect(ids.at(-1)).toBe('chain');
    expect(ids).not.toContain('swot');
    // Without the comparison the deck has room for the SWOT slide again.
    const without = buildDeck(await must(host, 'workshop.get', { workshopId: w }), { language: 'fr' }).slides.map((s) => s.id);
    expect(without).toContain('swot');
  });
});
