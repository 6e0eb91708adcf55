// The deck as a 16:9 PDF: the same slides and layout as the PPTX, drawn with the shared PDF block renderers.
import type { Block, Deck, Slide } from '../../../../shared/document';
import { DECK_SIZES, FRAME, SLIDE, layoutSlide, titleSizeFor, type Box } from '../deck-layout';
import { COLOURS, hex } from '../theme';
import { chain } from './chain';
import { chart } from './charts';
import { printableDeep } from './glyphs';
import { createPdf, finish } from './output';
import { bullets, callout, heading, keyFigures, paragraph, textHeight, write, type Painter, type Style } from './paint';
import { quadrants } from './quadrants';
import { table, tableHeight } from './table';

const PT = 72;
const PAGE: [number, number] = [SLIDE.width * PT, SLIDE.height * PT];

function styleAt(scale: number, labelSep: string): Style {
  return {
    body: DECK_SIZES.body * scale,
    small: DECK_SIZES.small * scale,
    heading: DECK_SIZES.heading * scale,
    figure: DECK_SIZES.figure * scale,
    lineGap: 3 * scale,
    gap: 12 * scale,
    labelSep,
  };
}

/** Points tall, or undefined for blocks that fill the room left. */
function measurePt(p: Painter, b: Block, w: number): number | undefined {
  switch (b.type) {
    case 'heading':
      return heading(p, b.text, 0, 0, w, false);
    case 'paragraph':
      return paragraph(p, b, 0, 0, w, false);
    case 'bullets':
      return bullets(p, b, 0, 0, w, false);
    case 'table':
      return tableHeight(p, b, w, p.style.small);
    case 'keyFigures':
      return keyFigures(p, b, 0, 0, w, false, b.items.length > 4 ? 6 : b.items.length);
    case 'callout':
      return callout(p, b, 0, 0, w, false);
    case 'pageBreak':
      return 0;
    default:
      return undefined;
  }
}

function drawBox(p: Painter, box: Box): void {
  const [x, y, w, h] = [box.x * PT, box.y * PT, box.w * PT, box.h * PT];
  const b = box.block;
  if (b.type === 'heading') heading(p, b.text, x, y, w);
  else if (b.type === 'paragraph') paragraph(p, b, x, y, w);
  else if (b.type === 'bullets') bullets(p, b, x, y, w);
  else if (b.type === 'table') table(p, b, x, y, w, p.style.small);
  else if (b.type === 'keyFigures') keyFigures(p, b, x, y, w, true, b.items.length > 4 ? 6 : b.items.length);
  else if (b.type === 'callout') callout(p, b, x, y, w);
  else if (b.type === 'chart') chart(p, b, x, y, w, h);
  else if (b.type === 'quadrants') quadrants(p, b, x, y, w, h);
  else if (b.type === 'chain') chain(p, b, box);
}

function titleSlide(p: Painter, slide: Slide): void {
  const { doc } = p;
  doc.rect(0, 0, PAGE[0], PAGE[1]).fill(hex(COLOURS.navy));
  doc.rect(0, PAGE[1] - 14, PAGE[0], 14).fill(hex(COLOURS.teal));
  const x = 0.9 * PT;
  const w = PAGE[0] - 1.8 * PT;
  write(p, slide.kicker.toUpperCase(), x, 2.0 * PT, w, 'semibold', 13, 'A9C7E8');
  let y = 2.4 * PT + write(p, slide.title, x, 2.4 * PT, w, 'bold', 44, COLOURS.white) + 16;
  for (const b of slide.blocks) {
    if (b.type !== 'paragraph') continue;
    y +=
      write(
        p,
        b.text,
        x,
        y,
        w * 0.8,
        b.style === 'lead' ? 'regular' : 'semibold',
        b.style === 'lead' ? 20 : 12,
        b.style === 'lead' ? 'DCE6F2' : 'A9C7E8',
      ) + 14;
  }
}

function frame(p: Painter, slide: Slide, deck: Deck, n: number, total: number): void {
  const { doc } = p;
  const f = FRAME;
  // The title sits on the rule, one line or two, with the kicker just above it.
  const titleSize = titleSizeFor(slide.title);
  const th = textHeight(p, slide.title, 'bold', titleSize, f.title.w * PT);
  const ty = (f.title.y + f.title.h) * PT - th;
  write(p, slide.kicker.toUpperCase(), f.kicker.x * PT, ty - f.kicker.h * PT, f.kicker.w * PT, 'semibold', DECK_SIZES.kicker, COLOURS.teal);
  write(p, slide.title, f.title.x * PT, ty, f.title.w * PT, 'bold', titleSize, COLOURS.navy);
  doc.rect(f.rule.x * PT, f.rule.y * PT, f.rule.w * PT, f.rule.h * PT).fill(hex(COLOURS.teal));
  doc.rect(f.footer.x * PT, (f.footer.y - 0.08) * PT, f.footer.w * PT, 0.6).fill(hex(COLOURS.rule));
  write(p, deck.chrome.running, f.footer.x * PT, f.footer.y * PT, f.footer.w * PT * 0.8, 'regular', 9, COLOURS.muted);
  write(
    p,
    deck.chrome.pageOf.replace('{n}', String(n)).replace('{total}', String(total)),
    f.footer.x * PT,
    f.footer.y * PT,
    f.footer.w * PT,
    'semibold',
    9,
    COLOURS.navy,
    'right',
  );
}

export function renderDeckPdf(input: Deck): Uint8Array {
  const deck = printableDeep(input);
  const doc = createPdf(
    PAGE,
    { top: 0, bottom: 0, left: 0, right: 0 },
    { title: `${deck.organisation} · ${deck.chrome.deckKind}`, author: deck.organisation, language: deck.language },
  );
  deck.slides.forEach((slide, i) => {
    doc.addPage({ size: PAGE, margin: 0 });
    if (slide.layout === 'title') return titleSlide({ doc, style: styleAt(1, deck.chrome.labelSep) }, slide);
    frame({ doc, style: styleAt(1, deck.chrome.labelSep) }, slide, deck, i + 1, deck.slides.length);
    const painterAt = (scale: number): Painter => ({ doc, style: styleAt(scale, deck.chrome.labelSep) });
    const layout = layoutSlide(slide, (b, w, scale) => {
      const h = measurePt(painterAt(scale), b, w * PT);
      return h === undefined ? undefined : h / PT;
    });
    const p = painterAt(layout.scale);
    for (const box of layout.boxes) drawBox(p, box);
  });
  return finish(doc);
}
