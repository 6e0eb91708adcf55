// Canvas keys (not while typing): N new card, Delete/Backspace remove, Ctrl+C/V copy and paste, V vote, arrows move between cards.
import { useReactFlow, type Node } from '@xyflow/react';
import { useCallback, type KeyboardEvent } from 'react';
import { isTypingTarget } from '../../../ui/shortcuts';
import { isArrow, nextInDirection } from './keyNav';

export interface KeyActions {
  create(): void;
  removeSelected(): void;
  copy(): void;
  paste(): void;
  vote(cardId: string): void;
}

const rectOf = (n: Node) => ({
  id: n.id,
  x: n.position.x,
  y: n.position.y,
  width: n.measured?.width ?? n.width ?? 0,
  height: n.measured?.height ?? n.height ?? 0,
});

export function useCanvasKeys(actions: KeyActions, readOnly: boolean, primaryId: string | null) {
  const rf = useReactFlow();
  return useCallback(
    (event: KeyboardEvent<HTMLElement>) => {
      if (event.defaultPrevented || isTypingTarget(event.target as HTMLElement)) return;
      const key = event.key;
      const root = event.currentTarget;
      if (isArrow(key)) {
        const cards = rf.getNodes().filter((n) => n.type === 'card');
        const focused = (document.activeElement as HTMLElement | null)?.closest('.react-flow__node')?.getAttribute('data-id');
        const from = cards.find((n) => n.id === (focused ?? primaryId)) ?? cards[0];
        if (!from) return;
        event.preventDefault();
        const next = focused || primaryId ? nextInDirection(rectOf(from), cards.map(rectOf), key) : rectOf(from);
        if (!next) return;
        const zoom = rf.getZoom();
        // The card may not be drawn yet (only visible cards are): bring it into view, then focus it.
        void rf.setCenter(next.x + next.width / 2, next.y + next.height / 2, { zoom, duration: 0 });
        requestAnimationFrame(() => root.querySelector<HTMLElement>(`[data-testid="card-${next.id}"]`)?.focus());
        return;
      }
      if (readOnly) return;
      const mod = event.ctrlKey || event.metaKey;
      if (mod && !event.altKey && (key === 'c' || key === 'v')) {
        event.preventDefault();
        return key === 'c' ? actions.copy() : actions.paste();
      }
      if (mod || event.altKey) return;
      if (key === 'Delete' || key === 'Backspace') {
        event.preventDefault();
        actions.removeSelected();
      } else if (key === 'n' || key === 'N') {
        event.preventDefault();
        actions.create();
      } else if ((key === 'v' || key === 'V') && primaryId) {
        event.preventDefault();
        actions.vote(primaryId);
      }
    },
    [rf, actions, readOnly, primaryId],
  );
}
