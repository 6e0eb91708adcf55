// A card's size in the room's view: as tall as its whole title needs at the type size the room gets. The numbers
// mirror the audience's card styles (styles/cards.css): the frame's borders and padding, the title's line height and
// the clamp that gives its type size in flow units from the screen's floor and the view's zoom.
import type { Card } from '../../../../shared/model';
import { wrapLines, type TextWidth } from './wrap';

/** The card's borders (8 on top, 2 at the bottom) and its body's padding (8 and 8). */
const CHROME_H = 26;
/** Borders (2 and 2) and padding (12 and 12) across. */
const CHROME_W = 28;
/** The audience title's line height, in ems. */
export const LINE_HEIGHT = 1.15;
/** A few units more than the lines need: a card is never sized to the last pixel of a font's rounding. */
const SLACK = 4;
/** Widths measured a little wide, for the same reason. */
const WIDE = 1.03;
/** The CSS clamp's bounds on a title's type size, in flow units (1.05rem, 1.15rem for a sticky, and 2.5rem). */
const MIN_PX = 16.8;
const MIN_STICKY_PX = 18.4;
const MAX_PX = 40;

/** The title's type size in flow units: the screen's floor (plus the quarter pixel the view adds) over the zoom. */
export function titlePx(kind: string, floor: number, zoom: number): number {
  const min = kind === 'sticky' ? MIN_STICKY_PX : MIN_PX;
  return Math.min(MAX_PX, Math.max(min, (floor + 0.25) / zoom));
}

/** The kind's label above the title, as a share of the title's type size (styles/cards.css, audience). */
export const KIND_SCALE = 0.7;
/** Its line height, its padding top and bottom (in ems of its own size), and the body's gap under it. */
const KIND_LINE = 1.2;
const KIND_PAD = 0.1;
const BODY_GAP = 4;
/** Across the label: its left border and its padding (0.5em each side), and the capitals' letter spacing (0.04em). */
const KIND_BORDER = 6;
const KIND_PAD_X = 0.5;
const KIND_SPACING = 0.04;

/** How tall the kind's label is above a title of `px`, wrapped on a card's inner width. */
function kindHeight(kind: string, px: number, inner: number, width: TextWidth): number {
  const k = px * KIND_SCALE;
  const text = kind.toUpperCase();
  const lines = wrapLines(text, inner - KIND_BORDER - 2 * KIND_PAD_X * k, (t) => (width(t) + KIND_SPACING * t.length) * k * WIDE).length;
  return Math.max(1, lines) * KIND_LINE * k + 2 * KIND_PAD * k + BODY_GAP;
}

export interface AudienceSize {
  height: number;
  /** The lines the title takes: the card's clamp, so that a wrong guess shows an ellipsis rather than half a line. */
  lines: number;
}

/**
 * How tall `card` must be for its whole title at `px` (flow units), `width` giving a text's width at a type size of 1,
 * with its kind's label above when the room is shown it (`kind`). Never shorter than the card is; its width is kept
 * (the layouts place cards by their columns and slots).
 */
export function audienceSize(
  card: Pick<Card, 'title' | 'width' | 'height'>,
  px: number,
  width: TextWidth,
  untitled = '',
  kind: string | null = null,
): AudienceSize {
  const text = card.title || untitled;
  const lines = Math.max(1, wrapLines(text, card.width - CHROME_W, (t) => width(t) * px * WIDE).length);
  const label = kind ? kindHeight(kind, px, card.width - CHROME_W, width) : 0;
  const needed = Math.ceil(lines * LINE_HEIGHT * px + label + CHROME_H + SLACK);
  return { height: Math.max(card.height, needed), lines };
}
