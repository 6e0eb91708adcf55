// The room's board: every card as tall as its whole title needs at the type size the room will see, laid out again
// with those sizes. The type size depends on the fit's zoom and the zoom on the board's size, which grows with the
// cards: so the cards are sized at the zoom the board had, laid out, and sized again at the new zoom until it stays.
import { getViewportForBounds, type Node } from '@xyflow/react';
import type { Layout, StepDef } from '../../../../shared/catalogue';
import type { Card } from '../../../../shared/model';
import { layoutFor, type LayoutContext } from '../layout';
import { placeCards } from '../layout/place';
import { buildNodes } from '../nodes/build';
import type { CardNodeData } from '../nodes/types';
import { frameOf } from '../state/frame';
import { AUDIENCE_FIT } from '../state/useFit';
import { audienceSize, titlePx } from './cardSize';
import { pushDown } from './reflow';
import type { TextWidth } from './wrap';

export interface AudienceFrame {
  /** The board's frame on screen, in CSS pixels. */
  width: number;
  height: number;
  /** The smallest title the room is owed on screen (titleFloor). */
  floor: number;
  /** A text's width in the title's type at a size of 1. */
  textWidth: TextWidth;
  /** What an untitled card shows. */
  untitled: string;
  /** A kind's name in the interface's language, drawn above the title where neither the step nor the zone says it. */
  kindName(kind: string): string;
}

export interface AudienceBoard {
  /** The step's cards, taller where their title needs it and moved down where a taller one would cover them. */
  cards: Card[];
  /** The lines each card's title takes (its clamp in the room). */
  lines: Map<string, number>;
}

/** Layouts whose cards lie where the group put them, in zones that grow with them: a taller card pushes the next down. */
const FREE: ReadonlySet<Layout> = new Set(['board', 'columns', 'list', 'flow']);
/** Enough rounds for the zoom to settle on the demo's boards (two at most); a board still growing after is left so. */
const ROUNDS = 5;

type Step = Pick<StepDef, 'layout' | 'cardKinds'>;

/** The step's nodes with these cards, as the room's view builds them (read only). */
function nodesOf(step: Step, ctx: LayoutContext, cards: Card[]): Node[] {
  const model = layoutFor(step, { ...ctx, cards });
  return buildNodes(model, cards, placeCards(model, cards), {
    readOnly: true,
    votes: null,
    canVote: false,
    primaryId: null,
    stepKinds: step.cardKinds,
  });
}

/** The zoom a fit of these nodes gives in the room's frame. */
function zoomOf(nodes: readonly Node[], frame: AudienceFrame): number {
  const box = frameOf(nodes);
  if (!box || box.width <= 0 || box.height <= 0) return AUDIENCE_FIT.maxZoom;
  return getViewportForBounds(box, frame.width, frame.height, 0.05, AUDIENCE_FIT.maxZoom, AUDIENCE_FIT.padding).zoom;
}

/** The zoom a fit of these cards gives in the room's frame. */
export function screenZoom(step: Step, ctx: LayoutContext, cards: Card[], frame: AudienceFrame): number {
  return zoomOf(nodesOf(step, ctx, cards), frame);
}

/**
 * The cards of a free layout where the layout draws them (a card its fields send to another zone, in that zone's
 * slot), as if put there: laid out again, taller or not, each stays there, and finding slots is done once.
 */
function settled(step: Step, ctx: LayoutContext): readonly Card[] {
  const positions = placeCards(layoutFor(step, ctx), ctx.cards);
  return ctx.cards.map((c) => {
    const at = positions.get(c.id);
    return c.kind === 'group' || !at || (at.x === c.x && at.y === c.y) ? c : { ...c, x: at.x, y: at.y };
  });
}

/**
 * The kind's name of each card that shows it to the room (a pillar beside a cadence; not a risk in the risks column),
 * read from what the built nodes say (nodes/redundant.ts).
 */
function kindLabels(nodes: readonly Node[], frame: AudienceFrame): Map<string, string> {
  const labels = new Map<string, string>();
  for (const n of nodes) {
    if (n.type !== 'card') continue;
    const { card, says } = n.data as CardNodeData;
    if (says.kind) labels.set(card.id, frame.kindName(card.kind));
  }
  return labels;
}

/** `cards` sized for a zoom, then moved down where a taller one would cover them (free layouts only). */
function sizedAt(
  step: Step,
  cards: readonly Card[],
  zoom: number,
  frame: AudienceFrame,
  kinds: ReadonlyMap<string, string>,
): AudienceBoard {
  const lines = new Map<string, number>();
  const grown = cards.map((card) => {
    if (card.kind === 'group') return card;
    const px = titlePx(card.kind, frame.floor, zoom);
    const size = audienceSize(card, px, frame.textWidth, frame.untitled, kinds.get(card.id) ?? null);
    lines.set(card.id, size.lines);
    return size.height === card.height ? card : { ...card, height: size.height };
  });
  if (!FREE.has(step.layout) || grown.every((c, i) => c === cards[i])) return { cards: grown, lines };
  const moved = pushDown(grown.filter((c) => c.kind !== 'group'));
  return { cards: grown.map((c) => (moved.has(c.id) ? { ...c, ...moved.get(c.id)! } : c)), lines };
}

export function fitToScreen(step: Step, ctx: LayoutContext, frame: AudienceFrame): AudienceBoard {
  const cards = FREE.has(step.layout) ? settled(step, ctx) : ctx.cards;
  const first = nodesOf(step, ctx, [...cards]);
  const kinds = kindLabels(first, frame);
  let zoom = zoomOf(first, frame);
  let board = sizedAt(step, cards, zoom, frame, kinds);
  for (let round = 1; round < ROUNDS; round++) {
    const next = screenZoom(step, ctx, board.cards, frame);
    // A zoom as large as the one the cards were sized at: the titles take no more lines than counted.
    if (next >= zoom - 1e-4) break;
    zoom = next;
    board = sizedAt(step, cards, zoom, frame, kinds);
  }
  return board;
}
