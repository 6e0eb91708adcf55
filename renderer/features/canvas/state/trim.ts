// The audience view's zones, cut to what the fit framed: a fit frames the cards (with the names of the zones they lie
// in), so a tall column, a long lane or a tray below would run off the screen's edge and read as a cut picture, or
// stretch to one side of the board. Each zone ends where the frame ends instead, so the room sees one whole, centred
// picture; a zone outside the frame (an empty tray under the board) is not drawn. Only for the audience: it never
// edits, and its view is always the fitted one.
import type { Node } from '@xyflow/react';
import type { Zone } from '../layout';
import { isThing, type Box } from './frame';

/** An empty zone cut across its name to less than this share (a month column at the frame's edge) is not drawn. */
const KEEP_SHARE = 0.6;

function intersect(a: Box, b: Box): Box | null {
  const x = Math.max(a.x, b.x);
  const y = Math.max(a.y, b.y);
  const right = Math.min(a.x + a.width, b.x + b.width);
  const bottom = Math.min(a.y + a.height, b.y + b.height);
  return right > x && bottom > y ? { x, y, width: right - x, height: bottom - y } : null;
}

const boxOf = (n: Node): Box => ({ ...n.position, width: n.width ?? 0, height: n.height ?? 0 });

/** `frame` is what the fit framed, in flow units. Answers `nodes` itself when no zone changes. */
export function trimZones(nodes: Node[], frame: Box): Node[] {
  const centres = nodes.filter(isThing).map((n) => ({ x: n.position.x + (n.width ?? 0) / 2, y: n.position.y + (n.height ?? 0) / 2 }));
  const holdsCard = (z: Box) => centres.some((c) => c.x >= z.x && c.x <= z.x + z.width && c.y >= z.y && c.y <= z.y + z.height);
  let changed = false;
  const out: Node[] = [];
  for (const n of nodes) {
    if (n.type !== 'zone') {
      out.push(n);
      continue;
    }
    const zone = boxOf(n);
    const shown = intersect(zone, frame);
    if (!shown) {
      changed = true;
      continue;
    }
    if (shown.x === zone.x && shown.y === zone.y && shown.width === zone.width && shown.height === zone.height) {
      out.push(n);
      continue;
    }
    changed = true;
    // Its name runs along the top (or down the left side): cut across it, the name would wrap or be lost.
    const across = (n.data as { zone?: Zone }).zone?.labelAt === 'left' ? shown.height / zone.height : shown.width / zone.width;
    if (across < KEEP_SHARE && !holdsCard(zone)) continue;
    out.push({ ...n, position: { x: shown.x, y: shown.y }, width: shown.width, height: shown.height });
  }
  return changed ? out : nodes;
}
