// The data each kind of node of the canvas carries (cards, zones, reference cards, matrix cells).
import type { Node } from '@xyflow/react';
import type { Card } from '../../../../shared/model';
import type { Zone } from '../layout';

export type CardNodeData = {
  card: Card;
  /** Votes of the step's latest round, or null when there is no round. */
  votes: number | null;
  /** A round is open: the card shows its vote buttons. */
  canVote: boolean;
  /** The card the side panel shows: it gets the resize handles and the colour palette. */
  primary: boolean;
};
export type ZoneNodeData = { zone: Zone };
export type RefNodeData = { card: Card };
export type CellNodeData = { channel: Card; target: Card; linkId: string | null };

export type CardNode = Node<CardNodeData, 'card'>;
export type ZoneNode = Node<ZoneNodeData, 'zone'>;
export type RefNode = Node<RefNodeData, 'ref'>;
export type CellNode = Node<CellNodeData, 'cell'>;
export type CanvasNode = CardNode | ZoneNode | RefNode | CellNode;

export const isCardNode = (n: Node): n is CardNode => n.type === 'card';
