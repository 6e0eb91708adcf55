// The nodes a first view should frame: the cards, the reference cards and the zones that hold one (all zones when empty).
import type { Node } from '@xyflow/react';
import { centre, contains } from '../geometry';

const rect = (n: Node) => ({ ...n.position, width: n.width ?? 0, height: n.height ?? 0 });

export function focusNodes(nodes: readonly Node[]): { id: string }[] {
  const things = nodes.filter((n) => n.type === 'card' || n.type === 'ref' || n.type === 'cell');
  if (things.length === 0) return nodes.map((n) => ({ id: n.id }));
  const centres = things.map((n) => centre(rect(n)));
  const zones = nodes.filter((n) => n.type === 'zone' && centres.some((c) => contains(rect(n), c)));
  return [...things, ...zones].map((n) => ({ id: n.id }));
}
