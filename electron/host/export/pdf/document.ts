// The strategy document as an A4 PDF: cover, contents, numbered sections, running header, page numbers.
import type { Block, Outline } from '../../../../shared/document';
import { COLOURS, hex } from '../theme';
import { A4, Flow, PAGE_MARGINS } from './flow';
import { printableDeep } from './glyphs';
import { createPdf, finish, type Pdf } from './output';
import { write, type Painter, type Style } from './paint';

const DOC_STYLE = { body: 10, small: 8.6, heading: 12.5, figure: 19, lineGap: 2.4, gap: 10 };

function cover(p: Painter, o: Outline): void {
  const c = o.cover!;
  const doc = p.doc;
  const [W, H] = A4;
  doc.addPage({ size: A4, margin: 0 });
  doc.rect(0, 0, W, H * 0.56).fill(hex(COLOURS.navy));
  doc.rect(0, H * 0.56, W, 6).fill(hex(COLOURS.teal));
  const x = 64;
  const w = W - 128;
  write(p, c.kicker.toUpperCase(), x, 150, w, 'semibold', 11, 'A9C7E8');
  const y = 176 + write(p, c.title, x, 176, w, 'bold', 36, COLOURS.white);
  write(p, c.subtitle, x, y + 14, w * 0.85, 'regular', 15, 'DCE6F2');
  if (c.dateLabel) write(p, c.dateLabel, x, H * 0.56 - 56, w, 'semibold', 11, 'A9C7E8');
  // Short values (counts) become tiles; longer ones (the sector) are listed as text above them.
  const tiles = c.facts.filter((f) => f.value.length <= 8).slice(0, 4);
  const lines = c.facts.filter((f) => !tiles.includes(f));
  let ty = H * 0.56 + 48;
  for (const f of lines) ty += write(p, `${f.label}${o.chrome.labelSep}${f.value}`, x, ty, w, 'semibold', 11, COLOURS.ink) + 6;
  ty += lines.length ? 14 : 0;
  const tileW = (w - (Math.max(tiles.length, 3) - 1) * 14) / Math.max(tiles.length, 3);
  tiles.forEach((f, i) => {
    const tx = x + i * (tileW + 14);
    doc.rect(tx, ty, tileW, 70).fill(hex(COLOURS.panel));
    doc.rect(tx, ty, 3, 70).fill(hex(COLOURS.teal));
    write(p, f.value, tx + 14, ty + 10, tileW - 20, 'bold', 26, COLOURS.navy);
    write(p, f.label, tx + 14, ty + 46, tileW - 20, 'regular', 9.5, COLOURS.muted);
  });
  write(p, c.preparedWith, x, H - 90, w, 'italic', 9, COLOURS.muted);
}

function sectionTitle(flow: Flow, number: number, title: string, first?: Block): void {
  const { doc } = flow;
  flow.ensure(60 + (first ? flow.keepRoom(first) : 0));
  const y = flow.y;
  write(flow, String(number).padStart(2, '0'), flow.x, y, 40, 'bold', 22, COLOURS.teal);
  const h = write(flow, title, flow.x + 42, y, flow.width - 42, 'bold', 20, COLOURS.navy);
  doc.rect(flow.x, y + Math.max(h, 26) + 6, flow.width, 1.2).fill(hex(COLOURS.navy));
  flow.y = y + Math.max(h, 26) + 22;
}

function contents(p: Painter, o: Outline, pageIndex: number, starts: Map<number, number>, pageOffset: number): void {
  const { doc } = p;
  doc.switchToPage(pageIndex);
  const x = PAGE_MARGINS.left;
  const w = A4[0] - PAGE_MARGINS.left - PAGE_MARGINS.right;
  let y = PAGE_MARGINS.top;
  y += write(p, o.chrome.contents, x, y, w, 'bold', 22, COLOURS.navy) + 8;
  doc.rect(x, y, w, 1.2).fill(hex(COLOURS.navy));
  y += 18;
  for (const s of o.sections) {
    const page = String((starts.get(s.number) ?? 0) + pageOffset);
    write(p, String(s.number).padStart(2, '0'), x, y, 28, 'bold', 11, COLOURS.teal);
    const h = write(p, s.title, x + 30, y, w - 80, 'regular', 11, COLOURS.ink);
    write(p, page, x + w - 40, y, 40, 'semibold', 11, COLOURS.navy, 'right');
    doc
      .moveTo(x + 30, y + h + 5)
      .lineTo(x + w, y + h + 5)
      .lineWidth(0.4)
      .strokeColor(hex(COLOURS.rule))
      .stroke();
    y += h + 12;
  }
}

/** Running header (the section) and footer (the document and page n / total) on every page but the cover. */
function pageChrome(flow: Flow, o: Outline, first: number): void {
  const { doc } = flow;
  const range = doc.bufferedPageRange();
  const total = range.count - first;
  for (let i = first; i < range.count; i++) {
    doc.switchToPage(i);
    doc.page.margins = { top: 0, bottom: 0, left: 0, right: 0 };
    const section = flow.pageSections[i] ?? '';
    const x = PAGE_MARGINS.left;
    const w = flow.width;
    if (section) write(flow, section, x, 36, w, 'semibold', 8, COLOURS.muted, 'right');
    doc.rect(x, 50, w, 0.6).fill(hex(COLOURS.rule));
    const fy = A4[1] - 42;
    doc.rect(x, fy - 8, w, 0.6).fill(hex(COLOURS.rule));
    write(flow, o.chrome.running, x, fy, w - 80, 'regular', 8, COLOURS.muted);
    write(
      flow,
      o.chrome.pageOf.replace('{n}', String(i - first + 1)).replace('{total}', String(total)),
      x + w - 80,
      fy,
      80,
      'semibold',
      8,
      COLOURS.navy,
      'right',
    );
  }
}

export function renderDocumentPdf(outline: Outline): Uint8Array {
  const o = printableDeep(outline);
  const doc: Pdf = createPdf(A4, PAGE_MARGINS, {
    title: `${o.organisation} · ${o.chrome.documentKind}`,
    author: o.organisation,
    language: o.language,
  });
  const style: Style = { ...DOC_STYLE, labelSep: o.chrome.labelSep };
  const flow = new Flow(doc, style);
  if (o.cover) cover(flow, o);
  const first = o.cover ? 1 : 0;
  const withContents = o.sections.length > 2;
  const contentsPage = withContents ? doc.bufferedPageRange().count : -1;
  if (withContents) flow.newPage();
  const starts = new Map<number, number>();
  o.sections.forEach((s, i) => {
    flow.section = `${s.number}. ${s.title}`;
    const fresh = i === 0 || s.id === 'appendix' || s.id === 'risks';
    if (fresh) flow.newPage();
    else flow.y += 18;
    sectionTitle(flow, s.number, s.title, s.blocks.find((b) => b.type !== 'paragraph' || b.style !== 'muted') ?? s.blocks[0]);
    starts.set(s.number, doc.bufferedPageRange().count - 1 - first);
    s.blocks.forEach((b, j) => flow.block(b, s.blocks[j + 1]));
  });
  if (withContents) contents(flow, o, contentsPage, starts, 1);
  pageChrome(flow, o, first);
  return finish(doc);
}
