// What a step's layout is made of: background zones that give a card its meaning, and the rules of a drop.
import type { Layout, Text } from '../../../../shared/catalogue';
import type { Card, Fields, FieldValue, LinkKind } from '../../../../shared/model';
import type { MessageKey } from '../../../i18n';
import type { Rect, XY } from '../geometry';

export type ZoneLabel = { key: MessageKey; vars?: Record<string, string | number> } | { text: Text } | { month: string };

export type ZoneTone =
  | 'plain'
  | 'tray'
  | 'strength'
  | 'weakness'
  | 'opportunity'
  | 'threat'
  | 'axis'
  | 'month'
  | 'lane'
  | 'header'
  | 'manage'
  | 'satisfy'
  | 'inform'
  | 'watch';

export interface Zone extends Rect {
  id: string;
  label: ZoneLabel | null;
  tone: ZoneTone;
  /** The field values a card takes when dropped here (null removes the field). Absent: the zone only decorates. */
  assign?: Record<string, FieldValue>;
  /** The card kinds that belong here (columns by kind). */
  kinds?: readonly string[];
  /** How the layout lines up cards it has to place here itself. */
  stack?: 'grid' | 'cascade' | 'row';
  /** Where the cards start inside the zone (room for its label). */
  inset?: { left: number; top: number };
  /** Where the label is drawn: above the cards (default), in a column on the left, or large in the middle. */
  labelAt?: 'top' | 'left' | 'centre';
  /** Used by the layout's rules only, not drawn. */
  hidden?: boolean;
  /** Always framed whole by a fit, cards or not (the four named quadrants of a grid that reads as one picture). */
  framed?: boolean;
}

/** A node the layout computes itself (tree, matrix): a card of another step shown for reference, or a matrix cell. */
export type ExtraNode =
  | { type: 'ref'; id: string; card: Card; position: XY; width: number; height: number }
  | { type: 'cell'; id: string; position: XY; width: number; height: number; channel: Card; target: Card; linkId: string | null };

/** What dropping a card means: new fields, a link to make, and whether its new position is kept. */
export interface DropEffect {
  fields?: Fields;
  link?: { kind: LinkKind; toCard: string };
  keepPosition: boolean;
  /** Position to save instead of the dropped one (matrix rows keep x at the card column). */
  position?: XY;
}

export interface LayoutModel {
  layout: Layout;
  zones: Zone[];
  /** Kinds whose place means something here; other kinds (stickies, groups, notes) stay where they are put. */
  governs(kind: string): boolean;
  /** Where a card belongs given its fields or kind; null when it may lie anywhere. */
  home(card: Card): Zone | null;
  /** The meaning of a drop with the card's centre at `at` and its top left corner at `topLeft`; 'refuse' snaps it back. */
  drop(card: Card, at: XY, topLeft: XY): DropEffect | 'refuse';
  /** Corrects a placed position (the timeline puts a dated card at its date). */
  adjust?(card: Card, position: XY): XY;
  /** The width a card is drawn at when the layout gives it one (the timeline draws an item across its dates). */
  drawnWidth?(card: Card): number | null;
  /**
   * Cards line up in their zone's slots in the reading order of their stored places (SWOT, stakeholders): a stored
   * place only says where a card comes in that order.
   */
  ordered?: boolean;
  /** Tree and matrix place their cards themselves: card id -> position. */
  positions?: Map<string, XY>;
  /** Reference cards and cells the layout adds. */
  extras?: ExtraNode[];
  /** Links the layout already shows another way (matrix cells), not drawn as edges. */
  hiddenLinks?: Set<string>;
}

export interface LayoutContext {
  step: string;
  /** The cards of the step. */
  cards: readonly Card[];
  /** Every card of the workshop (tree and matrix show cards of other steps). */
  allCards: readonly Card[];
  links: readonly { id: string; kind: LinkKind; fromCard: string; toCard: string }[];
  /** ISO date the timeline starts from when no card is dated. */
  today: string;
}

/** The fields of a card once a zone's values are applied (null removes a field). */
export function withAssigned(fields: Fields, assign: Record<string, FieldValue>): Fields {
  const next: Fields = { ...fields };
  for (const [key, value] of Object.entries(assign)) {
    if (value === null) delete next[key];
    else next[key] = value;
  }
  return next;
}

export function sameFields(a: Fields, b: Fields): boolean {
  const ka = Object.keys(a);
  if (ka.length !== Object.keys(b).length) return false;
  return ka.every((k) => JSON.stringify(a[k]) === JSON.stringify(b[k]));
}
