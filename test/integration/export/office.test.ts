// DOCX and PPTX exports unzipped: real headings, tables with header rows, native charts, 12 to 18 slides with notes.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeHost, must } from '../../helpers/host';
import { TRICKY, buildFixture, exportFile, unzip, xmlProblem, xmlText, type TestHost } from './fixture';

let host: TestHost;
let workshopId = '';
beforeAll(async () => {
  host = makeHost();
  workshopId = (await buildFixture(host)).workshopId;
});
afterAll(() => host.dispose());

describe('DOCX', () => {
  let parts: Record<string, string>;
  beforeAll(async () => {
    const file = await exportFile(host, { workshopId, format: 'docx' });
    expect(file.fileName).toBe('Maison Lorand & Fils - Stratégie réseaux sociaux.docx');
    expect(file.mimeType).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    parts = unzip(file.bytes);
  });

  it('is made of well-formed XML parts', () => {
    for (const [name, xml] of Object.entries(parts)) if (xml) expect(xmlProblem(xml), name).toBeNull();
  });

  it('is a Word package with the workshop content in word/document.xml', () => {
    expect(Object.keys(parts)).toEqual(
      expect.arrayContaining(['[Content_Types].xml', 'word/document.xml', 'word/styles.xml', 'word/numbering.xml']),
    );
    const text = xmlText(parts['word/document.xml']!);
    for (const words of [
      'Maison Lorand & Fils',
      'La décision demandée',
      'Doubler les commandes de la boutique en ligne',
      'Hélène Lorand',
      TRICKY.threat,
      'Veille tarifaire trimestrielle décidée',
      'Lancer sous conditions',
    ]) {
      expect(text).toContain(words);
    }
  });

  it('uses real headings, bulleted lists and tables whose header row repeats', () => {
    const doc = parts['word/document.xml']!;
    // 17 sections: the workshop was built call by call, so its first state (empty) is the "before" of the comparison.
    expect(doc.match(/<w:pStyle w:val="Heading1"\/>/g)?.length).toBe(17);
    expect(doc).toContain('<w:pStyle w:val="Heading2"/>');
    expect(doc).toContain('<w:numPr>');
    expect(doc.match(/<w:tblHeader\/>/g)?.length).toBeGreaterThan(10);
    expect(doc).toContain('w:fill="1F3A5F"');
  });

  it('draws the budget, capacity, cadence and KPI charts as native Word charts', () => {
    const charts = Object.keys(parts).filter((p) => /^word\/charts\/chart\d+\.xml$/.test(p));
    expect(charts.length).toBe(4);
    const all = charts.map((c) => parts[c]!).join('');
    expect(all).toContain('<c:doughnutChart>');
    expect(all).toContain('<c:barChart>');
    expect(all).toContain('Publicité');
  });

  it('has page numbers in the footer', () => {
    const footer = Object.entries(parts).find(([p]) => p.startsWith('word/footer'))?.[1] ?? '';
    expect(footer).toContain('PAGE');
    expect(footer).toContain('NUMPAGES');
  });
});

describe('PPTX', () => {
  let parts: Record<string, string>;
  beforeAll(async () => {
    const file = await exportFile(host, { workshopId, format: 'pptx' });
    expect(file.fileName).toBe('Maison Lorand & Fils - Présentation à la direction.pptx');
    parts = unzip(file.bytes);
  });
  const slides = () => Object.keys(parts).filter((p) => /^ppt\/slides\/slide\d+\.xml$/.test(p));

  it('is made of well-formed XML parts', () => {
    for (const [name, xml] of Object.entries(parts)) if (xml) expect(xmlProblem(xml), name).toBeNull();
  });

  it('keeps paragraph properties first in each paragraph (PowerPoint repairs the file otherwise)', () => {
    for (const s of slides()) {
      expect(parts[s], s).not.toMatch(/<\/a:r><a:pPr/);
      expect(parts[s], s).toContain('<a:pPr');
    }
  });

  it('has 12 to 18 slides in 16:9 with the workshop content', () => {
    expect(slides().length).toBeGreaterThanOrEqual(12);
    expect(slides().length).toBeLessThanOrEqual(18);
    expect(parts['ppt/presentation.xml']).toContain('cx="12192000" cy="6858000"');
    const text = slides()
      .map((s) => xmlText(parts[s]!))
      .join(' ');
    for (const words of [
      'Maison Lorand & Fils',
      'Doubler les commandes de la boutique en ligne',
      'Amateurs de produits du terroir',
      'Ce que nous vous demandons aujourd’hui',
      'Marc Dupuis',
    ]) {
      expect(text).toContain(words);
    }
  });

  it('has speaker notes on every slide, with the arguments and their sources', () => {
    const notes = Object.keys(parts).filter((p) => /^ppt\/notesSlides\/notesSlide\d+\.xml$/.test(p));
    expect(notes.length).toBe(slides().length);
    for (const n of notes) {
      const text = xmlText(parts[n]!);
      expect(text).toMatch(/Sources : S[1-5]/);
      expect(text.length).toBeGreaterThan(150);
    }
  });

  it('has native charts for the budget, the capacity and the KPI targets', () => {
    const charts = Object.keys(parts)
      .filter((p) => /^ppt\/charts\/chart\d+\.xml$/.test(p))
      .map((p) => parts[p]!);
    expect(charts.length).toBeGreaterThanOrEqual(4);
    expect(charts.some((c) => c.includes('<c:doughnutChart>') && c.includes('Publicité'))).toBe(true);
    expect(charts.some((c) => c.includes('Nécessaires') && c.includes('Disponibles'))).toBe(true);
    expect(charts.some((c) => c.includes('Abonnés Instagram'))).toBe(true);
  });

  it('writes the English deck in English', async () => {
    const en = unzip((await exportFile(host, { workshopId, format: 'pptx', language: 'en' })).bytes);
    const text = Object.keys(en)
      .filter((p) => p.startsWith('ppt/slides/slide'))
      .map((p) => xmlText(en[p]!))
      .join(' ');
    expect(text).toContain('What we ask of you today');
    expect(text).not.toContain('Ce que nous vous demandons');
  });
});

describe('awkward workshops', () => {
  it('exports an empty workshop, and one with pasted control characters and very long text, in every format', async () => {
    const empty = (await must(host, 'workshop.create', { title: 'Vide', language: 'en' })).id;
    const messy = (await must(host, 'workshop.create', { title: 'Collé depuis Word\u000bligne 2', organisation: 'A & B <Co>' })).id;
    const long = `${'Très long paragraphe, avec des « guillemets » & des <chevrons>. '.repeat(300)}\n\nFin.`;
    await must(host, 'card.create', {
      workshopId: messy,
      card: { step: 'context', kind: 'note', title: 'Titre\u0001\u0007 bizarre \ud800', body: long },
    });
    await must(host, 'card.create', {
      workshopId: messy,
      card: { step: 'objectives', kind: 'objective', title: 'x'.repeat(300), body: long, fields: { target: 10, baseline: 0 } },
    });
    await must(host, 'card.create', {
      workshopId: messy,
      card: {
        step: 'calendar',
        kind: 'calendar_item',
        title: 'Événement\u000b🎉',
        body: long,
        fields: { type: 'event', start: '2027-01-01' },
      },
    });
    for (const id of [empty, messy]) {
      for (const format of ['docx', 'pptx', 'pdf', 'deck-pdf', 'md', 'ics', 'csv', 'socle']) {
        const file = await exportFile(host, { workshopId: id, format, language: id === empty ? 'en' : 'fr' });
        expect(file.bytes.length, format).toBeGreaterThan(20);
        if (format === 'docx' || format === 'pptx') {
          for (const [name, xml] of Object.entries(unzip(file.bytes))) if (xml) expect(xmlProblem(xml), `${format} ${name}`).toBeNull();
        }
        if (format === 'ics') expect(xmlProblem(file.bytes.toString('utf8').replace(/[<>&]/g, ''))).toBeNull();
      }
    }
  });
});
