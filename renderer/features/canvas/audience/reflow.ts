// Cards that grew taller in the room's view push the cards under them down, so that none lies over another: each card,
// from the top, goes just below any card above it that it would cover. Only downwards, and only as far as it must: the
// board keeps the arrangement the group made.
import type { Rect, XY } from '../geometry';

const GAP = 16;

const across = (a: Rect, b: Rect) => a.x < b.x + b.width && b.x < a.x + a.width;
const down = (a: Rect, b: Rect) => a.y < b.y + b.height && b.y < a.y + a.height;

/** New top left corners of `rects` (by id), for those that had to move. */
export function pushDown(rects: readonly (Rect & { id: string })[]): Map<string, XY> {
  const moved = new Map<string, XY>();
  const placed: Rect[] = [];
  const order = [...rects].sort((a, b) => a.y - b.y || a.x - b.x);
  for (const r of order) {
    const at = { ...r };
    for (let blocker = placed.find((p) => across(p, at) && down(p, at)); blocker;) {
      at.y = blocker.y + blocker.height + GAP;
      blocker = placed.find((p) => across(p, at) && down(p, at));
    }
    if (at.y !== r.y) moved.set(r.id, { x: at.x, y: at.y });
    placed.push(at);
  }
  return moved;
}
