// Keeps React Flow's own node state (measured size, selection, a drag under way) when the cards are derived again.
import type { Edge, Node } from '@xyflow/react';

export function shallowEqual(a: object | undefined, b: object | undefined): boolean {
  if (a === b) return true;
  if (!a || !b) return false;
  const ka = Object.keys(a);
  if (ka.length !== Object.keys(b).length) return false;
  return ka.every((k) => (a as Record<string, unknown>)[k] === (b as Record<string, unknown>)[k]);
}

const sameNode = (p: Node, b: Node, keepPosition: boolean) =>
  p.type === b.type &&
  (keepPosition || (p.position.x === b.position.x && p.position.y === b.position.y)) &&
  p.width === b.width &&
  p.height === b.height &&
  p.zIndex === b.zIndex &&
  p.draggable === b.draggable &&
  p.connectable === b.connectable &&
  p.selectable === b.selectable &&
  p.className === b.className &&
  shallowEqual(p.data, b.data);

/**
 * The derived nodes, reusing the previous object of every node that did not change (React Flow then skips it).
 * `hold` names nodes whose position must not move (being dragged, or dropped and not saved yet).
 * Returns `prev` itself when nothing changed.
 */
export function mergeNodes(prev: readonly Node[], base: readonly Node[], hold: ReadonlySet<string>): Node[] {
  const byId = new Map(prev.map((n) => [n.id, n]));
  let changed = prev.length !== base.length;
  const next = base.map((b, i) => {
    const p = byId.get(b.id);
    if (!p) {
      changed = true;
      return b;
    }
    const keep = hold.has(b.id) || !!p.dragging;
    if (sameNode(p, b, keep)) {
      if (prev[i] !== p) changed = true;
      return p;
    }
    changed = true;
    return {
      ...b,
      data: shallowEqual(p.data, b.data) ? p.data : b.data,
      position: keep ? p.position : b.position,
      selected: p.selected,
      dragging: p.dragging,
      measured: p.measured,
    };
  });
  return changed ? next : (prev as Node[]);
}

/** The derived edges, keeping which one is selected. */
export function mergeEdges(prev: readonly Edge[], base: readonly Edge[]): Edge[] {
  const byId = new Map(prev.map((e) => [e.id, e]));
  let changed = prev.length !== base.length;
  const next = base.map((b, i) => {
    const p = byId.get(b.id);
    if (
      p &&
      p.source === b.source &&
      p.target === b.target &&
      p.sourceHandle === b.sourceHandle &&
      p.targetHandle === b.targetHandle &&
      p.label === b.label &&
      p.className === b.className &&
      p.selectable === b.selectable
    ) {
      if (prev[i] !== p) changed = true;
      return p;
    }
    changed = true;
    return p?.selected ? { ...b, selected: true } : b;
  });
  return changed ? next : (prev as Edge[]);
}
