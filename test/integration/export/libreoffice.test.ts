// DOCX and PPTX opened by LibreOffice (converted to PDF, headless): they must convert and keep their content.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeHost } from '../../helpers/host';
import { buildFixture, exportFile, pdfPages, pdfText, scratch, type TestHost } from './fixture';

function findOffice(): string | null {
  for (const name of ['soffice', 'libreoffice']) {
    const found = spawnSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' });
    if (found.status === 0 && found.stdout.trim()) return found.stdout.trim();
  }
  return null;
}

const office = findOffice();
if (!office) console.warn('LibreOffice (soffice or libreoffice) is not installed: the DOCX and PPTX conversion checks are skipped.');

let host: TestHost;
let workshopId = '';
beforeAll(async () => {
  host = makeHost();
  workshopId = (await buildFixture(host)).workshopId;
});
afterAll(() => host.dispose());

/** Converts with a profile of its own, so that a running LibreOffice or a first-start dialog cannot interfere. */
function convert(bytes: Uint8Array, name: string): Buffer {
  const dir = scratch();
  const input = join(dir, name);
  writeFileSync(input, bytes);
  execFileSync(
    office!,
    [`-env:UserInstallation=file://${join(dir, 'profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, input],
    { timeout: 120_000, stdio: 'pipe' },
  );
  const output = input.replace(/\.\w+$/, '.pdf');
  expect(existsSync(output), `LibreOffice did not convert ${name}`).toBe(true);
  return readFileSync(output);
}

describe.skipIf(!office)('LibreOffice opens the exports', () => {
  it('converts the DOCX with its headings, tables and accents', async () => {
    const pdf = convert((await exportFile(host, { workshopId, format: 'docx' })).bytes, 'strategie.docx');
    const text = pdfText(pdf);
    for (const words of [
      'Maison Lorand & Fils',
      'Synthèse',
      'Canaux retenus et pourquoi',
      'Doubler les commandes de la boutique en ligne',
      'Hélène Lorand',
    ])
      expect(text).toContain(words);
    expect(pdfPages(pdf)).toBeGreaterThan(8);
  }, 150_000);

  it('converts the PPTX to one page per slide with its content', async () => {
    const file = await exportFile(host, { workshopId, format: 'pptx' });
    const pdf = convert(file.bytes, 'presentation.pptx');
    const pages = pdfPages(pdf);
    expect(pages).toBeGreaterThanOrEqual(12);
    expect(pages).toBeLessThanOrEqual(18);
    const text = pdfText(pdf);
    for (const words of ['Maison Lorand & Fils', 'Ce que nous vous demandons aujourd’hui', 'Amateurs de produits du terroir'])
      expect(text).toContain(words);
  }, 150_000);
});
