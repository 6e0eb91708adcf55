// The case the exports argue, for four workshops from empty to complete in both languages: no placeholder slide or
// section, at least three asks with owners, every objection raised with its answer, no dash where the data has a value;
// then the files themselves (PPTX, deck PDF, DOCX, PDF), and LibreOffice opening the PPTX and DOCX.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedFor } from '../../../shared/catalogue/templates';
import { buildDeck, buildOutline, type Block, type DocumentInput } from '../../../shared/document';
import { beforeState } from '../../../electron/host/handlers/exports';
import { PAGED_ROW_LIMIT } from '../../../electron/host/export';
import { makeHost, must, tempDir } from '../../helpers/host';
import { exportFile, pdfPages, pdfText, scratch, unzip, xmlProblem, xmlText, type TestHost } from './fixture';
import { STORY_WORKSHOPS, type StoryWorkshop } from './workshops';

const LANGUAGES = ['fr', 'en'] as const;
const PLACEHOLDERS = ['Non décidé pendant l’atelier', 'Not decided during the workshop'];
const DASH = '—';

let host: TestHost;
const workshops: StoryWorkshop[] = [];
const inputs = new Map<string, DocumentInput>();
beforeAll(async () => {
  host = makeHost(tempDir(), { seed: seedFor });
  for (const build of STORY_WORKSHOPS) workshops.push(await build(host));
  for (const w of workshops) {
    const data = await must(host, 'workshop.get', { workshopId: w.workshopId });
    const before = beforeState(host.store, w.workshopId);
    inputs.set(w.workshopId, before ? { ...data, before } : data);
  }
});
afterAll(() => host.dispose());

const inputOf = (w: StoryWorkshop): DocumentInput => inputs.get(w.workshopId)!;

/** The text a block shows, for looking for placeholders. */
function shown(b: Block): string {
  switch (b.type) {
    case 'table':
      return b.rows.flat().join(' ');
    case 'bullets':
      return b.items.map((i) => `${i.label ?? ''} ${i.text}`).join(' ');
    case 'keyFigures':
      return b.items.map((i) => `${i.value} ${i.label}`).join(' ');
    case 'quadrants':
      return b.cells.flatMap((c) => c.items).join(' ');
    case 'chart':
      return b.labels.join(' ');
    case 'chain':
      return b.lanes.flat(2).join(' ');
    case 'heading':
      return '';
    case 'pageBreak':
      return '';
    default:
      return b.text;
  }
}

const tables = (blocks: Block[]) => blocks.filter((b): b is Extract<Block, { type: 'table' }> => b.type === 'table');

describe.each(LANGUAGES)('the case in %s', (language) => {
  it('has no slide whose body is empty or only a placeholder, and 12 to 18 slides once the workshop is complete', () => {
    for (const w of workshops) {
      const deck = buildDeck(inputOf(w), { language });
      expect(deck.slides.length, w.name).toBeLessThanOrEqual(18);
      if (w.name === 'complete') expect(deck.slides.length).toBeGreaterThanOrEqual(12);
      for (const s of deck.slides.slice(1)) {
        const body = [...s.blocks, ...(s.side ?? [])].map(shown).join(' ').trim();
        expect(body, `${w.name}: slide ${s.id}`).not.toBe('');
        for (const p of PLACEHOLDERS) expect(body, `${w.name}: slide ${s.id}`).not.toContain(p);
        expect(s.notes).toMatch(/S[1-5]/);
      }
    }
  });

  it('leaves out the document sections that have nothing to say, and never writes a placeholder', () => {
    for (const w of workshops) {
      const o = buildOutline(inputOf(w), { language });
      for (const s of o.sections) {
        const body = s.blocks.map(shown).join(' ').trim();
        expect(body, `${w.name}: section ${s.id}`).not.toBe('');
        for (const p of PLACEHOLDERS) expect(body).not.toContain(p);
      }
      expect(o.sections.map((s) => s.number)).toEqual(o.sections.map((_, i) => i + 1));
      expect(o.sections.at(-1)!.id).toBe('appendix');
    }
  });

  it('closes on at least three asks, each with an owner and a date', () => {
    for (const w of workshops) {
      // The asks are the last word; only the strategy chain, the closing picture, may follow them.
      const last = buildDeck(inputOf(w), { language })
        .slides.filter((s) => s.id !== 'chain')
        .at(-1)!;
      expect(last.id).toBe('decisions');
      const [asks] = tables(last.blocks);
      expect(asks!.rows.length, w.name).toBeGreaterThanOrEqual(3);
      for (const [ask, owner, due] of asks!.rows) {
        expect(ask!.trim()).not.toBe('');
        expect(owner!.trim()).not.toBe('');
        expect(owner).not.toBe(DASH);
        expect(due!.trim()).not.toBe('');
        expect(due).not.toBe(DASH);
      }
    }
  });

  it('answers every objection raised, in the document and in the speaker notes', () => {
    for (const w of workshops) {
      const input = inputOf(w);
      const whyNow = buildOutline(input, { language }).sections.find((s) => s.id === 'whyNow');
      const notes = buildDeck(input, { language })
        .slides.map((s) => s.notes)
        .join('\n');
      for (const objection of w.objections) {
        const row = tables(whyNow?.blocks ?? [])
          .flatMap((t) => t.rows)
          .find((r) => r[0]!.startsWith(objection));
        expect(row, `${w.name}: ${objection}`).toBeDefined();
        expect(row![1]!.trim()).not.toBe('');
        expect(row![1]).not.toBe(DASH);
        expect(notes).toContain(objection);
      }
    }
  });

  it('puts no dash in a cell the data fills: cover, asks, open decisions, objections, before and after, business case', () => {
    for (const w of workshops) {
      const input = inputOf(w);
      const o = buildOutline(input, { language });
      for (const f of o.cover!.facts) expect(f.value, `${w.name}: ${f.label}`).not.toMatch(/^0$|—/);
      for (const id of ['summary', 'whyNow', 'beforeAfter', 'budget', 'decisions'] as const) {
        const section = o.sections.find((s) => s.id === id);
        if (id === 'budget' && section) {
          // The budget lines may lack a period; the business case's own table has every cell.
          const caseTable = tables(section.blocks).find((t) => t.columns.length === 4);
          for (const cell of caseTable?.rows.flat() ?? []) expect(cell).not.toBe(DASH);
          continue;
        }
        for (const cell of tables(section?.blocks ?? []).flatMap((t) => t.rows.flat())) expect(cell, `${w.name}: ${id}`).not.toBe(DASH);
      }
    }
  });

  it('states the risks as they are and draws only charts with something to compare', () => {
    for (const w of workshops) {
      const deck = buildDeck(inputOf(w), { language });
      const risks = deck.slides.find((s) => s.id === 'risks')!;
      const shownText = JSON.stringify(risks.blocks);
      // Open alerts under the title: it may not say that all is handled, nor "no blocker" above a blocker.
      if (/Bloquant|Blocker|Alerte|Warning/.test(shownText)) expect(risks.title).not.toMatch(/connus et chacun|known and each/);
      if (/Bloquant|Blocker/.test(shownText)) expect(risks.title).not.toMatch(/Pas de point bloquant|No blocker/);
      for (const s of deck.slides)
        for (const b of [...s.blocks, ...(s.side ?? [])])
          if (b.type === 'chart') {
            expect(b.labels.length, `${w.name}: ${s.id}`).toBeGreaterThanOrEqual(2);
            expect(new Set(b.series.flatMap((x) => x.values)).size).toBeGreaterThanOrEqual(2);
          }
    }
    const complete = buildDeck(inputOf(workshops.at(-1)!), { language });
    const kpi = complete.slides.find((s) => s.id === 'objectives')!.side!.find((b) => b.type === 'chart');
    // The awareness objective starts at 0: its baseline is a bar of its own beside the target, not a lone 0 %.
    const second = kpi?.type === 'chart' ? kpi.series.map((x) => x.display[1]!.replace(/\s/g, ' ')) : [];
    expect(second).toEqual(['0', language === 'fr' ? '5 000' : '5,000']);
  });

  it('compares the plan before and after when a snapshot exists, and computes the business case from values', () => {
    const complete = inputOf(workshops.at(-1)!);
    const deck = buildDeck(complete, { language });
    const before = deck.slides.find((s) => s.id === 'beforeAfter')!;
    const rows = tables(before.blocks)[0]!.rows;
    expect(rows[2]![1]).toContain('TikTok');
    expect(rows[2]![2]).toContain('Instagram');
    const money = deck.slides.find((s) => s.id === 'budget')!;
    // 180 more orders at 45 € and 85 more applications at 120 €: 18 300 € against 11 200 €; no division of the budget.
    expect(money.title.replace(/\s/g, ' ')).toMatch(language === 'fr' ? /11 200 € par an pour 18 300 €/ : /€11,200 a year for €18,300/);
    expect(JSON.stringify(money)).toMatch(language === 'fr' ? /Aucune valeur par résultat/ : /No value per result/);
    expect(deck.slides.find((s) => s.id === 'beforeAfter')).toBeDefined();
    expect(buildDeck(inputOf(workshops[0]!), { language }).slides.find((s) => s.id === 'beforeAfter')).toBeUndefined();
  });

  it('asks for one budget: the decision title and the asks name the same sum, and the gap to the costed lines is said', () => {
    for (const w of workshops) {
      const deck = buildDeck(inputOf(w), { language });
      const sums = (text: string) =>
        (text.replace(/[\u00a0\u202f]/g, ' ').match(/€ ?[\d ,]+\d|[\d ,]+\d ?€/g) ?? []).map((m) => m.replace(/\D/g, ''));
      const summary = deck.slides.find((s) => s.id === 'summary')!;
      const asked = sums(summary.title);
      const bullets = summary.blocks.find((b) => b.type === 'bullets');
      const askSums = bullets?.type === 'bullets' ? bullets.items.flatMap((i) => sums(i.text)) : [];
      for (const sum of askSums) if (asked.length) expect(asked, `${w.name}: ${summary.title}`).toContain(sum);
    }
    // The complete workshop costs 11,200 in lines against a 12,000 budget decided in the room: both are said.
    const complete = buildDeck(inputOf(workshops.at(-1)!), { language });
    const money = JSON.stringify(complete.slides.find((s) => s.id === 'budget')).replace(/[\u00a0\u202f]/g, ' ');
    expect(money).toMatch(
      language === 'fr' ? /11 200 € sur les 12 000 €.*800 € restent à affecter/ : /€11,200 of the €12,000 budget.*€800 still to allocate/,
    );
    expect(complete.slides.find((s) => s.id === 'summary')!.title.replace(/[\u00a0\u202f]/g, ' ')).toMatch(/12 000 €|€12,000/);
  });

  it('writes the same case into the files: deck PDF and PPTX, document DOCX and PDF', async () => {
    const dir = scratch();
    for (const w of workshops) {
      const slides = buildDeck(inputOf(w), { language }).slides;
      const deckPdf = (await exportFile(host, { workshopId: w.workshopId, format: 'deck-pdf', language })).bytes;
      expect(pdfPages(deckPdf, dir)).toBe(slides.length);
      const docPdf = pdfText((await exportFile(host, { workshopId: w.workshopId, format: 'pdf', language })).bytes, dir);
      const pptx = unzip((await exportFile(host, { workshopId: w.workshopId, format: 'pptx', language })).bytes);
      const docx = unzip((await exportFile(host, { workshopId: w.workshopId, format: 'docx', language })).bytes);
      const slideXml = Object.keys(pptx).filter((k) => /^ppt\/slides\/slide\d+\.xml$/.test(k));
      expect(slideXml).toHaveLength(slides.length);
      for (const part of [...slideXml.map((k) => pptx[k]!), docx['word/document.xml']!]) expect(xmlProblem(part)).toBeNull();
      const docxText = xmlText(docx['word/document.xml']!);
      for (const text of [pdfText(deckPdf, dir), docPdf, docxText, slideXml.map((k) => xmlText(pptx[k]!)).join(' ')])
        for (const p of PLACEHOLDERS) expect(text, w.name).not.toContain(p);
      for (const objection of w.objections) {
        expect(docPdf.replace(/\s+/g, ' ')).toContain(objection.slice(0, 30));
        expect(docxText).toContain(objection);
      }
    }
  }, 60_000);
});

function findOffice(): string | null {
  for (const name of ['soffice', 'libreoffice']) {
    const found = spawnSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' });
    if (found.status === 0 && found.stdout.trim()) return found.stdout.trim();
  }
  return null;
}
const office = findOffice();

describe.skipIf(!office)('LibreOffice opens the four workshops’ PPTX and DOCX', () => {
  it('converts each one to PDF with one page per slide, no table word broken in the middle', async () => {
    const dir = scratch();
    const files: { path: string; slides?: number; words?: string[] }[] = [];
    for (const [i, w] of workshops.entries()) {
      const language = LANGUAGES[i % 2]!;
      const deck = buildDeck(inputOf(w), { language }).slides;
      const slides = deck.length;
      // Every word of the tables, headers and cells: LibreOffice must not break one in the middle.
      const tableWords = (blocks: Block[]) =>
        tables(blocks)
          .flatMap((t) => [...t.columns.map((c) => c.label), ...t.rows.flat()])
          .flatMap((text) => text.split(/[\s\u00a0\u202f]+/))
          .filter((word) => /^[\p{L}’'-]{6,}$/u.test(word));
      const words = {
        pptx: tableWords(deck.flatMap((s) => [...s.blocks, ...(s.side ?? [])])),
        docx: tableWords(buildOutline(inputOf(w), { language, rowLimit: PAGED_ROW_LIMIT }).sections.flatMap((s) => s.blocks)),
      };
      for (const format of ['pptx', 'docx']) {
        const path = join(dir, `${w.name}-${language}-${format}.${format}`);
        writeFileSync(path, (await exportFile(host, { workshopId: w.workshopId, format, language })).bytes);
        files.push(format === 'pptx' ? { path, slides, words: words.pptx } : { path, words: words.docx });
      }
    }
    // One LibreOffice start for all eight files, with a profile of its own.
    execFileSync(
      office!,
      [
        `-env:UserInstallation=file://${join(dir, 'profile')}`,
        '--headless',
        '--convert-to',
        'pdf',
        '--outdir',
        dir,
        ...files.map((f) => f.path),
      ],
      { timeout: 240_000, stdio: 'pipe' },
    );
    for (const f of files) {
      const pdf = f.path.replace(/\.\w+$/, '.pdf');
      expect(existsSync(pdf), `LibreOffice did not convert ${f.path}`).toBe(true);
      if (f.slides) expect(pdfPages(readFileSync(pdf), dir), f.path).toBe(f.slides);
      if (f.words) {
        const text = pdfText(readFileSync(pdf), dir);
        for (const word of new Set(f.words)) expect(text, `${f.path}: “${word}” broken in a table`).toContain(word);
      } else expect(pdfPages(readFileSync(pdf), dir)).toBeGreaterThan(1);
    }
  }, 300_000);
});
