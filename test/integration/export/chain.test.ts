// The deck's closing picture: the strategy chain (objective -> target -> channel -> content -> KPI -> owner) is the last
// slide of the PPTX and of the deck PDF when the workshop links an objective to anything, drawn with shapes; without a
// chain there is no such slide. The files are kept for a person to look at (SOCLE_SHOTS).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedFor } from '../../../shared/catalogue/templates';
import { buildDeck, presentedChain } from '../../../shared/document';
import { makeHost, must, tempDir } from '../../helpers/host';
import { buildFixture, exportFile, pdfText, scratch, unzip, xmlText, type TestHost } from './fixture';

const HEADS = {
  fr: ['Objectif', 'Cible', 'Canal', 'Contenu', 'Indicateur', 'Responsable'],
  en: ['Objective', 'Target', 'Channel', 'Content', 'KPI', 'Owner'],
};

let host: TestHost;
let linked: string;
let bare: string;
beforeAll(async () => {
  host = makeHost(tempDir(), { seed: seedFor });
  linked = (await buildFixture(host)).workshopId;
  // Objectives and channels, but nothing linking them: no chain yet.
  bare = (await must(host, 'workshop.create', { title: 'Sans chaîne' })).id;
  for (const [step, kind, title] of [
    ['objectives', 'objective', 'Vendre en ligne'],
    ['channels', 'channel', 'Instagram'],
  ] as const)
    await must(host, 'card.create', { workshopId: bare, card: { step, kind, title } });
});
afterAll(() => host.dispose());

const lastSlideXml = (pptx: Record<string, string>) => {
  const slides = Object.keys(pptx)
    .filter((k) => /^ppt\/slides\/slide\d+\.xml$/.test(k))
    .sort((a, b) => Number(/\d+/.exec(a)![0]) - Number(/\d+/.exec(b)![0]));
  return { count: slides.length, xml: pptx[slides[slides.length - 1]!]! };
};

describe.each(['fr', 'en'] as const)('the closing chain in %s', (language) => {
  it('ends the deck with the chain, a lane per linked objective, each with its targets, channels, KPIs and owners', async () => {
    const data = await must(host, 'workshop.get', { workshopId: linked });
    const deck = buildDeck(data, { language });
    const last = deck.slides[deck.slides.length - 1]!;
    expect(last.id).toBe('chain');
    const block = last.blocks[0]!;
    if (block.type !== 'chain') throw new Error('the closing slide draws no chain');
    expect(block.columns).toEqual(HEADS[language]);
    expect(block.lanes).toHaveLength(presentedChain(data.cards, data.links).length);
    const sales = block.lanes.find((l) => l[0]![0] === data.cards.find((c) => c.kind === 'objective' && c.fields.type === 'sales')?.title);
    expect(sales, 'a lane for the sales objective').toBeDefined();
    for (const column of sales!.slice(1, 3)) expect(column.length).toBeGreaterThan(0);
    expect(sales![4]!.length, 'its KPI').toBeGreaterThan(0);
  });

  it('draws it as shapes on the last PPTX slide and the last deck PDF page', async () => {
    const dir = process.env.SOCLE_SHOTS ?? scratch();
    mkdirSync(dir, { recursive: true });
    const pptxBytes = (await exportFile(host, { workshopId: linked, format: 'pptx', language })).bytes;
    const pdfBytes = (await exportFile(host, { workshopId: linked, format: 'deck-pdf', language })).bytes;
    writeFileSync(join(dir, `chain-deck-${language}.pptx`), pptxBytes);
    writeFileSync(join(dir, `chain-deck-${language}.pdf`), pdfBytes);
    const { xml } = lastSlideXml(unzip(pptxBytes));
    const text = xmlText(xml);
    for (const head of HEADS[language]) expect(text).toContain(head);
    // Column heads and cells are shapes, the arrows connectors with a head, not a table.
    expect(xml).not.toContain('<a:tbl>');
    expect((xml.match(/prstGeom prst="rect"/g) ?? []).length).toBeGreaterThanOrEqual(6 + 6);
    expect(xml).toMatch(/tailEnd type="triangle"|headEnd type="triangle"/);
    const pages = pdfText(pdfBytes).split('\f');
    const lastPage = pages.filter((p) => p.trim()).pop()!;
    for (const head of HEADS[language]) expect(lastPage).toContain(head);
  });

  it('leaves the slide out when no objective is linked to anything', async () => {
    const data = await must(host, 'workshop.get', { workshopId: bare });
    expect(presentedChain(data.cards, data.links)).toEqual([]);
    expect(buildDeck(data, { language }).slides.map((s) => s.id)).not.toContain('chain');
    const pptx = unzip((await exportFile(host, { workshopId: bare, format: 'pptx', language })).bytes);
    expect(xmlText(lastSlideXml(pptx).xml)).not.toContain(HEADS[language][5]);
    const pdf = pdfText((await exportFile(host, { workshopId: bare, format: 'deck-pdf', language })).bytes);
    expect(pdf).not.toContain(HEADS[language][5]);
  });
});
