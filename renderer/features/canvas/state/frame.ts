// What a fit frames, in the flow's coordinates (pure, shared by the fit and by the audience's zone trimming).
import type { Node } from '@xyflow/react';
import type { Zone } from '../layout';
import { focusNodes } from '../nodes/focus';

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The box around nodes, from the sizes the layout gave them. */
function boundsOf(nodes: readonly Node[]): Box | null {
  if (nodes.length === 0) return null;
  let left = Infinity;
  let top = Infinity;
  let right = -Infinity;
  let bottom = -Infinity;
  for (const n of nodes) {
    const w = n.measured?.width ?? n.width ?? 0;
    const h = n.measured?.height ?? n.height ?? 0;
    left = Math.min(left, n.position.x);
    top = Math.min(top, n.position.y);
    right = Math.max(right, n.position.x + w);
    bottom = Math.max(bottom, n.position.y + h);
  }
  return { x: left, y: top, width: right - left, height: bottom - top };
}

/**
 * What a fit frames: the cards, with the top and left of the zones they lie in (where the zones' names are), but not
 * the empty rest of a tall column or a wide quadrant, and the zones a layout asks to show whole. With no card, the
 * whole layout.
 */
export function frameOf(nodes: readonly Node[]): Box | null {
  const things = boundsOf(nodes.filter(isThing));
  if (!things) return boundsOf(nodes);
  const framed = boundsOf(nodes.filter((n) => n.type === 'zone' && (n.data as { zone?: Zone }).zone?.framed));
  const ids = new Set(focusNodes(nodes).map((n) => n.id));
  let { x: left, y: top } = things;
  let right = things.x + things.width;
  let bottom = things.y + things.height;
  for (const z of nodes) {
    if (z.type !== 'zone' || !ids.has(z.id)) continue;
    const w = z.width ?? 0;
    const h = z.height ?? 0;
    left = Math.min(left, z.position.x);
    top = Math.min(top, z.position.y);
    right = Math.max(right, Math.min(z.position.x + w, things.x + things.width + 24));
    bottom = Math.max(bottom, Math.min(z.position.y + h, things.y + things.height + 24));
  }
  if (framed) {
    left = Math.min(left, framed.x);
    top = Math.min(top, framed.y);
    right = Math.max(right, framed.x + framed.width);
    bottom = Math.max(bottom, framed.y + framed.height);
  }
  return { x: left, y: top, width: right - left, height: bottom - top };
}

export function isThing(n: Node): boolean {
  return n.type === 'card' || n.type === 'ref' || n.type === 'cell';
}
