// Writes a presentation spec with pptxgenjs: one slide per spec slide, its operations replayed in order.
import type { DeckSpec } from './spec';

interface PptxSlide {
  background?: unknown;
  addText(text: unknown, options: unknown): unknown;
  addShape(shape: string, options: unknown): unknown;
  addTable(rows: unknown, options: unknown): unknown;
  addChart(type: string, data: unknown, options: unknown): unknown;
  addNotes(notes: string): unknown;
}
interface Pptx {
  layout: string;
  title: string;
  author: string;
  company: string;
  subject: string;
  theme: unknown;
  addSlide(): PptxSlide;
  write(options: unknown): Promise<unknown>;
}

/** Replays the spec on a fresh presentation and answers the .pptx bytes (pptx.write, the public async API). */
export async function replayDeck(PptxGenJS: new () => Pptx, spec: DeckSpec): Promise<Uint8Array> {
  const pptx = new PptxGenJS();
  pptx.layout = 'LAYOUT_WIDE';
  pptx.title = spec.title;
  pptx.author = spec.author;
  pptx.company = spec.company;
  pptx.subject = spec.subject;
  pptx.theme = { headFontFace: spec.fontFace, bodyFontFace: spec.fontFace, lang: spec.language };
  for (const s of spec.slides) {
    const slide = pptx.addSlide();
    if (s.background) slide.background = { color: s.background };
    for (const op of s.ops) {
      const base = { fontFace: spec.fontFace, lang: spec.language };
      if (op.kind === 'text') slide.addText(op.text, { ...base, ...op.options });
      else if (op.kind === 'shape') slide.addShape(op.shape, op.options);
      else if (op.kind === 'table') slide.addTable(op.rows, { ...base, ...op.options });
      else if (op.kind === 'chart')
        slide.addChart(op.type, op.data, {
          ...op.options,
          titleFontFace: spec.fontFace,
          catAxisLabelFontFace: spec.fontFace,
          dataLabelFontFace: spec.fontFace,
          legendFontFace: spec.fontFace,
        });
    }
    slide.addNotes(s.notes);
  }
  const out = await pptx.write({ outputType: 'uint8array', compression: true });
  return out as Uint8Array;
}
