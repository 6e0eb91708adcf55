// The data each kind of node of the canvas carries (cards, zones, reference cards, matrix cells).
import type { Node } from '@xyflow/react';
import type { Card, StepId } from '../../../../shared/model';
import type { Zone } from '../layout';
import type { CardSays } from './redundant';

export type CardNodeData = {
  card: Card;
  /** Votes of the step's latest round, or null when there is no round. */
  votes: number | null;
  /** A round is open: the card shows its vote buttons. */
  canVote: boolean;
  /** The card the side panel shows: it gets the resize handles and the colour palette. */
  primary: boolean;
  /** What the card leaves to its step and zone to say (its kind, the zone's fields). */
  says: CardSays;
  /** The lines the room's view makes room for (audience/fitToScreen.ts); null elsewhere. */
  lines?: number | null;
};
export type ZoneNodeData = { zone: Zone };
export type RefNodeData = { card: Card };
export type CellNodeData = { channel: Card; target: Card; linkId: string | null };
/** The example card of an empty step: only which step, its text comes in the workshop's language. */
export type ExampleNodeData = { step: StepId; index: number; showKind: boolean; hide: ReadonlySet<string> };

export type CardNode = Node<CardNodeData, 'card'>;
export type ZoneNode = Node<ZoneNodeData, 'zone'>;
export type RefNode = Node<RefNodeData, 'ref'>;
export type CellNode = Node<CellNodeData, 'cell'>;
export type ExampleNode = Node<ExampleNodeData, 'example'>;
export type CanvasNode = CardNode | ZoneNode | RefNode | CellNode | ExampleNode;

export const isCardNode = (n: Node): n is CardNode => n.type === 'card';
