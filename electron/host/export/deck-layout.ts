// Where each block of a slide goes on a 13.33 × 7.5 in page, shared by the PPTX and the deck PDF so both agree.
import type { Block, Slide } from '../../../shared/document';

export const SLIDE = { width: 13.333, height: 7.5 };
export const FRAME = {
  kicker: { x: 0.6, y: 0.42, w: 12.13, h: 0.3 },
  title: { x: 0.6, y: 0.74, w: 12.13, h: 0.98 },
  rule: { x: 0.6, y: 1.8, w: 1.3, h: 0.06 },
  content: { x: 0.6, y: 2.08, w: 12.13, h: 4.72 },
  footer: { x: 0.6, y: 7.0, w: 12.13, h: 0.28 },
};
const GAP = 0.2;

/** Long takeaways get a smaller title so that they stay on two lines. */
export const titleSizeFor = (title: string) => (title.length > 80 ? 21 : title.length > 60 ? 23 : DECK_SIZES.title);
const COLUMN_GAP = 0.4;

/** Sizes in points at scale 1; a crowded slide is laid out again at a smaller scale. */
export const DECK_SIZES = { body: 15, small: 12.5, heading: 16, figure: 26, title: 26, kicker: 11 };
/** Above 1: a slide with little to say is set larger, so that it fills the page and reads from the back of the room. */
const SCALES = [1.4, 1.25, 1.12, 1, 0.92, 0.84, 0.76, 0.68, 0.6];

export interface Box {
  block: Block;
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface SlideLayout {
  scale: number;
  boxes: Box[];
}

/** Height in inches a block needs at a width (inches) and scale; undefined for blocks that take the room left. */
export type Measure = (block: Block, w: number, scale: number) => number | undefined;

const flexible = (b: Block) => b.type === 'chart' || b.type === 'quadrants' || b.type === 'chain';

function column(blocks: Block[], x: number, w: number, measure: Measure, scale: number): { boxes: Box[]; fits: boolean } {
  const { y, h } = FRAME.content;
  const heights = blocks.map((b) => measure(b, w, scale));
  const fixed = heights.reduce<number>((s, v) => s + (v ?? 0), 0) + GAP * Math.max(0, blocks.length - 1);
  const flex = blocks.filter(flexible).length;
  const left = h - fixed;
  // Enlarged text must not squeeze a chart: above scale 1 each chart keeps a comfortable height.
  const minFlex = scale > 1 ? 2.8 : 1.6;
  const fits = left >= (flex ? minFlex * flex : -0.001);
  const each = flex ? Math.max(1.6, left / flex) : 0;
  let cy = y;
  const boxes = blocks.map((block, i) => {
    const bh = flexible(block) ? each : (heights[i] ?? 0);
    const box = { block, x, y: cy, w, h: bh };
    cy += bh + GAP;
    return box;
  });
  return { boxes, fits };
}

/** The boxes of the slide's blocks, at the largest scale where everything fits (the smallest one otherwise). */
export function layoutSlide(slide: Slide, measure: Measure): SlideLayout {
  const { x, w } = FRAME.content;
  const side = slide.layout === 'split' && slide.side?.length ? slide.side : null;
  const colW = side ? (w - COLUMN_GAP) / 2 : w;
  let last: SlideLayout = { scale: 1, boxes: [] };
  for (const scale of SCALES) {
    const a = column(slide.blocks, x, colW, measure, scale);
    const b = side ? column(side, x + colW + COLUMN_GAP, colW, measure, scale) : { boxes: [], fits: true };
    last = { scale, boxes: [...a.boxes, ...b.boxes] };
    if (a.fits && b.fits) return last;
  }
  return last;
}
