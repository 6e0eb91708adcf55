// The document and deck PDFs read back with pdftotext: titles, accented text, figures, page numbers, Inter embedded.
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { printable } from '../../../electron/host/export/pdf/glyphs';
import { makeHost } from '../../helpers/host';
import { TRICKY, buildFixture, exportFile, pdfPages, pdfText, scratch, type TestHost } from './fixture';

let host: TestHost;
let workshopId = '';
beforeAll(async () => {
  host = makeHost();
  workshopId = (await buildFixture(host)).workshopId;
});
afterAll(() => host.dispose());

function fonts(bytes: Uint8Array): string {
  const path = join(scratch(), 'f.pdf');
  writeFileSync(path, bytes);
  return execFileSync('pdffonts', [path], { encoding: 'utf8' });
}

describe('document PDF', () => {
  it('has the cover, contents, sections, accents and figures, with page numbers', async () => {
    const file = await exportFile(host, { workshopId, format: 'pdf' });
    expect(file.fileName).toBe('Maison Lorand & Fils - Stratégie réseaux sociaux.pdf');
    expect(file.bytes.subarray(0, 5).toString()).toBe('%PDF-');
    const text = pdfText(file.bytes);
    for (const words of [
      'Maison Lorand & Fils',
      'Sommaire',
      'La décision demandée',
      'Pourquoi maintenant',
      'Canaux retenus et pourquoi',
      'Ce que nous demandons',
      TRICKY.threat,
      'Hélène Lorand',
      'Étudier TikTok',
      'œnologie',
    ]) {
      expect(text).toContain(words);
    }
    expect(text).toMatch(/11 200 €/);
    expect(text).toMatch(/180 à 360/);
    const pages = pdfPages(file.bytes);
    expect(pages).toBeGreaterThan(8);
    expect(text).toContain(`2 / ${pages - 1}`);
  });

  it('embeds Inter and no other font', async () => {
    const list = fonts((await exportFile(host, { workshopId, format: 'pdf' })).bytes);
    expect(list).toMatch(/Inter-Regular/);
    expect(list).toMatch(/Inter-Bold/);
    expect(list).not.toMatch(/Helvetica|Times|Courier/);
    expect(
      list
        .split('\n')
        .filter((l) => l.includes('Inter'))
        .every((l) => / yes yes yes /.test(l)),
    ).toBe(true);
  });

  it('keeps only the sections asked for', async () => {
    const text = pdfText((await exportFile(host, { workshopId, format: 'pdf', sections: ['objectives'] })).bytes);
    expect(text).toContain('Objectifs');
    expect(text).not.toContain('Sommaire');
    expect(text).not.toContain('Pourquoi maintenant');
  });
});

describe('deck PDF', () => {
  it('has one 16:9 page per slide with titles, figures and accents', async () => {
    const file = await exportFile(host, { workshopId, format: 'deck-pdf' });
    expect(file.fileName).toBe('Maison Lorand & Fils - Présentation à la direction.pdf');
    const pages = pdfPages(file.bytes);
    expect(pages).toBeGreaterThanOrEqual(12);
    expect(pages).toBeLessThanOrEqual(18);
    const text = pdfText(file.bytes);
    for (const words of [
      'PRÉSENTATION À LA DIRECTION',
      'Ne rien faire a un coût : les chiffres le montrent',
      'Ce que nous vous demandons aujourd’hui',
      'Associer étroitement',
      'Publicité',
    ]) {
      expect(text).toContain(words);
    }
    expect(text).toMatch(/3 objectifs, 3 canaux et 12 000 € la première année/);
    expect(text).toContain(`${pages} / ${pages}`);
    const path = join(scratch(), 'd.pdf');
    writeFileSync(path, file.bytes);
    expect(execFileSync('pdfinfo', [path], { encoding: 'utf8' })).toMatch(/Page size:\s+9(59\.9\d*|60) x 540 pts/);
  });
});

describe('glyphs the bundled Inter lacks', () => {
  it('keeps French text as is and replaces the rest with near equivalents', () => {
    const french = 'Ça coûte 12 500 € — « œuvre » à l’été, naïve, Noël';
    expect(printable(french)).toBe(french);
    expect(printable('180 → 360')).toBe('180 -> 360');
    expect(printable('Łukasz Ştefan Őrs')).toBe('Lukasz Stefan Ors');
    expect(printable('Bravo 🎉')).toBe('Bravo ');
  });
});
