// The deck as a presentation spec: a consulting frame (kicker, takeaway title, rule, footer) around laid-out blocks.
import type { Deck, Slide } from '../../../../shared/document';
import { DECK_SIZES, FRAME, SLIDE, layoutSlide, titleSizeFor } from '../deck-layout';
import { COLOURS } from '../theme';
import { blockOps } from './blocks';
import { measure, textIn } from './measure';
import type { DeckSpec, Op, SlideSpec } from './spec';

export const FONT = 'Calibri';
const TEXT = { margin: 0, fit: 'none' } as const;

function titleSlide(slide: Slide): SlideSpec {
  const ops: Op[] = [
    {
      kind: 'shape',
      shape: 'rect',
      options: { x: 0, y: SLIDE.height - 0.2, w: SLIDE.width, h: 0.2, fill: { color: COLOURS.teal }, line: { color: COLOURS.teal } },
    },
    {
      kind: 'text',
      text: slide.kicker.toUpperCase(),
      options: { ...TEXT, x: 0.9, y: 1.9, w: 11.5, h: 0.4, fontSize: 13, bold: true, color: 'A9C7E8', valign: 'top' },
    },
    {
      kind: 'text',
      text: slide.title,
      options: { ...TEXT, x: 0.9, y: 2.35, w: 11.5, h: 1.4, fontSize: 44, bold: true, color: COLOURS.white, valign: 'top' },
    },
  ];
  let y = 3.85;
  for (const b of slide.blocks) {
    if (b.type !== 'paragraph') continue;
    const size = b.style === 'lead' ? 20 : 12;
    const h = textIn(b.text, 9.5, size) + 0.1;
    ops.push({
      kind: 'text',
      text: b.text,
      options: { ...TEXT, x: 0.9, y, w: 9.5, h, fontSize: size, color: b.style === 'lead' ? 'DCE6F2' : 'A9C7E8', valign: 'top' },
    });
    y += h + 0.15;
  }
  return { background: COLOURS.navy, ops, notes: slide.notes };
}

function contentSlide(slide: Slide, deck: Deck, n: number): SlideSpec {
  const f = FRAME;
  const size = titleSizeFor(slide.title);
  const ops: Op[] = [
    // Kicker and title are one box anchored on the rule: however a viewer's font wraps the title (LibreOffice's
    // stand-in for Calibri is wider), it grows upwards and pushes the kicker with it instead of running over it.
    {
      kind: 'text',
      text: [
        {
          text: slide.kicker.toUpperCase(),
          options: { fontSize: DECK_SIZES.kicker, bold: true, color: COLOURS.teal, breakLine: true, paraSpaceAfter: 3 },
        },
        { text: slide.title, options: { fontSize: size, bold: true, color: COLOURS.navy } },
      ],
      options: { ...TEXT, x: f.title.x, y: f.kicker.y, w: f.title.w, h: f.title.y + f.title.h - f.kicker.y, valign: 'bottom' },
    },
    { kind: 'shape', shape: 'rect', options: { ...f.rule, fill: { color: COLOURS.teal }, line: { color: COLOURS.teal } } },
    {
      kind: 'shape',
      shape: 'line',
      options: { x: f.footer.x, y: f.footer.y - 0.08, w: f.footer.w, h: 0, line: { color: COLOURS.rule, width: 0.5 } },
    },
    {
      kind: 'text',
      text: deck.chrome.running,
      options: { ...TEXT, ...f.footer, w: f.footer.w * 0.8, fontSize: 9, color: COLOURS.muted, valign: 'top' },
    },
    {
      kind: 'text',
      text: deck.chrome.pageOf.replace('{n}', String(n)).replace('{total}', String(deck.slides.length)),
      options: { ...TEXT, ...f.footer, fontSize: 9, bold: true, color: COLOURS.navy, align: 'right', valign: 'top' },
    },
  ];
  const layout = layoutSlide(slide, measure);
  for (const box of layout.boxes) ops.push(...blockOps(box.block, box, layout.scale, deck.chrome.labelSep));
  return { ops, notes: slide.notes };
}

export function deckSpec(deck: Deck): DeckSpec {
  return {
    title: `${deck.organisation} · ${deck.chrome.deckKind}`,
    author: deck.organisation,
    // pptxgenjs writes the company into docProps/app.xml without escaping it ("&" broke the file), so it is escaped here.
    company: deck.organisation.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;'),
    subject: deck.chrome.documentKind,
    language: deck.language === 'fr' ? 'fr-FR' : 'en-GB',
    fontFace: FONT,
    slides: deck.slides.map((s, i) => (s.layout === 'title' ? titleSlide(s) : contentSlide(s, deck, i + 1))),
  };
}
