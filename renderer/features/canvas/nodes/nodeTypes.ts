// The node components of the canvas by type, and their colour on the minimap (zones and cells stay out of it).
import type { Node, NodeTypes } from '@xyflow/react';
import { cardColour } from './cardLook';
import { CardNode } from './CardNode';
import { CellNode } from './CellNode';
import { ExampleNode } from './ExampleNode';
import { RefNode } from './RefNode';
import { ZoneNode } from './ZoneNode';
import type { CardNodeData } from './types';

export const NODE_TYPES: NodeTypes = { card: CardNode, zone: ZoneNode, ref: RefNode, cell: CellNode, example: ExampleNode };

export function minimapColour(node: Node): string {
  if (node.type !== 'card' && node.type !== 'ref') return 'transparent';
  const card = (node.data as CardNodeData).card;
  return cardColour(card);
}
