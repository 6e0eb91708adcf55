// The sides by which a link leaves its card and reaches the other: the ones facing each other.
import { centre, type Rect } from '../geometry';

export type Side = 't' | 'r' | 'b' | 'l';

export function edgeSides(from: Rect, to: Rect): [Side, Side] {
  const a = centre(from);
  const b = centre(to);
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  // Compare in units of the cards' size, so wide cards side by side still link by their sides.
  if (Math.abs(dx) / (from.width + to.width) >= Math.abs(dy) / (from.height + to.height)) return dx >= 0 ? ['r', 'l'] : ['l', 'r'];
  return dy >= 0 ? ['b', 't'] : ['t', 'b'];
}
