// Markdown, iCalendar (RFC 5545) and CSV (RFC 4180) exports read back, and file names made safe.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { safeFileName } from '../../../electron/host/export/files';
import { foldLine } from '../../../electron/host/export/ics';
import { makeHost } from '../../helpers/host';
import { TRICKY, buildFixture, exportFile, type TestHost } from './fixture';

let host: TestHost;
let workshopId = '';
beforeAll(async () => {
  host = makeHost();
  workshopId = (await buildFixture(host)).workshopId;
});
afterAll(() => host.dispose());

/** RFC 4180 reader: quoted fields, doubled quotes, CRLF records. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted && c === '"' && text[i + 1] === '"') {
      field += '"';
      i++;
    } else if (quoted && c === '"') quoted = false;
    else if (quoted) field += c;
    else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += c;
  }
  return rows;
}

/** Unfolds content lines and splits each VEVENT into its properties. */
function parseIcs(text: string): Record<string, string>[] {
  const lines = text
    .split('\r\n')
    .join('\n')
    .replace(/\n[ \t]/g, '')
    .split('\n');
  const events: Record<string, string>[] = [];
  let current: Record<string, string> | null = null;
  for (const line of lines) {
    if (line === 'BEGIN:VEVENT') current = {};
    else if (line === 'END:VEVENT' && current) {
      events.push(current);
      current = null;
    } else if (current) {
      const colon = line.indexOf(':');
      current[line.slice(0, colon)] = line.slice(colon + 1);
    }
  }
  return events;
}

const unescapeIcs = (s: string) => s.replace(/\\n/g, '\n').replace(/\\([,;\\])/g, '$1');

describe('Markdown', () => {
  it('has the title, numbered sections, pipe tables and escaped user text', async () => {
    const md = await exportFile(host, { workshopId, format: 'md' });
    expect(md.fileName).toBe('Maison Lorand & Fils - Stratégie réseaux sociaux.md');
    const text = md.bytes.toString('utf8');
    expect(text).toMatch(/^# Maison Lorand & Fils/);
    // Section 3 compares the workshop as created with now (it was built call by call).
    expect(text).toContain('## 3. Avant et après l’atelier');
    expect(text).toContain('## 4. Objectifs');
    expect(text).toContain('| N° | Objectif | Type |');
    expect(text).toContain('Doubler les commandes de la boutique en ligne');
    expect(text).toContain('\\=HYPERLINK');
  });
});

describe('iCalendar', () => {
  const ics = async () => (await exportFile(host, { workshopId, format: 'ics' })).bytes.toString('utf8');

  it('uses CRLF, folds at 75 octets and wraps the events in a calendar', async () => {
    const text = await ics();
    expect(text.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:')).toBe(true);
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of text.split('\r\n')) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
  });

  it('has one event per dated calendar item, with UID, DTSTAMP, all-day dates and escaped text', async () => {
    const events = parseIcs(await ics());
    expect(events).toHaveLength(5); // 3 dated demo items + 2 added; the contingency plan has no date
    for (const e of events) {
      expect(e.UID).toMatch(/@socle/);
      expect(e.DTSTAMP).toMatch(/^\d{8}T\d{6}Z$/);
    }
    const fair = events.find((e) => unescapeIcs(e.SUMMARY!) === TRICKY.calendarTitle)!;
    expect(fair['DTSTART;VALUE=DATE']).toBe('20270227');
    expect(fair['DTEND;VALUE=DATE']).toBe('20270302');
    expect(fair.SUMMARY).toContain('\\;');
    expect(fair.SUMMARY).toContain('\\,');
    expect(unescapeIcs(fair.DESCRIPTION!)).toBe(TRICKY.calendarBody);
    expect(new Set(events.map((e) => e.UID)).size).toBe(events.length);
  });

  it('never cuts a multi-byte character when folding', () => {
    const folded = foldLine(`DESCRIPTION:${'é'.repeat(100)}`);
    for (const line of folded.split('\r\n')) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
    expect(
      folded
        .split('\r\n')
        .map((l, i) => (i ? l.slice(1) : l))
        .join(''),
    ).toBe(`DESCRIPTION:${'é'.repeat(100)}`);
  });
});

describe('CSV', () => {
  it('quotes per RFC 4180, keeps accents and defuses formulas', async () => {
    const csv = await exportFile(host, { workshopId, format: 'csv' });
    expect(csv.fileName).toBe('Maison Lorand & Fils - Calendrier.csv');
    const text = csv.bytes.toString('utf8').replace(/^\ufeff/, '');
    expect(text.endsWith('\r\n')).toBe(true);
    const rows = parseCsv(text);
    expect(rows[0]).toEqual(['Type', 'Élément', 'Début', 'Fin', 'Déclencheur ou détail']);
    expect(rows).toHaveLength(1 + 6);
    expect(rows.every((r) => r.length === 5)).toBe(true);
    const fair = rows.find((r) => r[1] === TRICKY.calendarTitle)!;
    expect(fair.slice(2)).toEqual(['2027-02-27', '2027-03-01', TRICKY.calendarBody]);
    expect(rows.find((r) => r[1]!.includes('HYPERLINK'))![1]).toBe(`'${TRICKY.formula}`);
    for (const cell of rows.flat()) expect(cell).not.toMatch(/^[=+\-@]/);
  });
});

describe('safeFileName', () => {
  it('strips separators, control characters and reserved names, keeps accents, trims to 100 characters', () => {
    expect(safeFileName('../../etc/passwd', 'pdf')).toBe('etc-passwd.pdf');
    expect(safeFileName('Stratégie: été / hiver?', 'docx')).toBe('Stratégie- été - hiver-.docx');
    expect(safeFileName('a\u0000b\u001fc\u202ed', 'md')).toBe('abcd.md');
    expect(safeFileName('CON', 'txt')).toBe('_CON.txt');
    expect(safeFileName('lpt1.rapport', 'txt')).toBe('_lpt1.rapport.txt');
    expect(safeFileName('  ...  ', 'ics')).toBe('socle.ics');
    expect(safeFileName('trailing dots...', 'csv')).toBe('trailing dots.csv');
    const long = safeFileName('é'.repeat(300), 'pptx');
    expect(long.length).toBe(100);
    expect(long.endsWith('é.pptx')).toBe(true);
    const emoji = safeFileName('🎉'.repeat(80), 'pdf');
    expect(emoji.length).toBeLessThanOrEqual(100);
    expect(Buffer.byteLength(emoji)).toBeLessThanOrEqual(240);
    expect(emoji).toMatch(/^(🎉)+\.pdf$/);
  });
});
