// Arrow keys (down/right forward, up/left back), Home and End move the focus between the items of a list (marked data-list-item).
import type { KeyboardEvent } from 'react';

const KEYS: Record<string, (index: number, count: number) => number> = {
  ArrowDown: (i, n) => Math.min(n - 1, i + 1),
  ArrowRight: (i, n) => Math.min(n - 1, i + 1),
  ArrowUp: (i) => Math.max(0, i - 1),
  ArrowLeft: (i) => Math.max(0, i - 1),
  Home: () => 0,
  End: (_i, n) => n - 1,
};

/** Index of the item to focus next, or null when the key is not a list key. */
export function nextIndex(key: string, index: number, count: number): number | null {
  const move = KEYS[key];
  if (!move || count === 0) return null;
  return move(index, count);
}

export function onListKeyDown(event: KeyboardEvent<HTMLElement>): void {
  // With a modifier an arrow is a shortcut (Alt+arrows reorder the agenda), not a move of the focus.
  if (event.altKey || event.ctrlKey || event.metaKey) return;
  const items = [...event.currentTarget.querySelectorAll<HTMLElement>('[data-list-item]')];
  const index = items.findIndex((el) => el === document.activeElement);
  if (index < 0) return;
  const next = nextIndex(event.key, index, items.length);
  if (next === null) return;
  event.preventDefault();
  items[next]?.focus();
}
