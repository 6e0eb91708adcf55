// Arrow keys between cards: the nearest card whose centre lies in the arrow's direction.
import { centre, type Rect } from '../geometry';

export type Direction = 'ArrowUp' | 'ArrowDown' | 'ArrowLeft' | 'ArrowRight';

export const isArrow = (key: string): key is Direction =>
  key === 'ArrowUp' || key === 'ArrowDown' || key === 'ArrowLeft' || key === 'ArrowRight';

export function nextInDirection<T extends Rect & { id: string }>(from: T, others: readonly T[], direction: Direction): T | null {
  const a = centre(from);
  let best: T | null = null;
  let bestScore = Infinity;
  for (const o of others) {
    if (o.id === from.id) continue;
    const b = centre(o);
    const dx = b.x - a.x;
    const dy = b.y - a.y;
    const along = direction === 'ArrowRight' ? dx : direction === 'ArrowLeft' ? -dx : direction === 'ArrowDown' ? dy : -dy;
    const across = direction === 'ArrowRight' || direction === 'ArrowLeft' ? Math.abs(dy) : Math.abs(dx);
    if (along <= 0) continue;
    // Straight ahead wins over closer but far to the side.
    const score = along + across * 2;
    if (score < bestScore) {
      bestScore = score;
      best = o;
    }
  }
  return best;
}
