// The canvas's handlers for its shortcuts (declared in shortcuts/table.ts, scope "canvas", never while typing):
// N new card, Delete/Backspace remove, Ctrl+C/V copy and paste, V vote, arrows move between cards.
import { useReactFlow, type Node } from '@xyflow/react';
import type { RefObject } from 'react';
import { useShortcutHandlers, type ShortcutContext } from '../../../shortcuts';
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

export function useCanvasKeys(wrapper: RefObject<HTMLElement | null>, actions: KeyActions, readOnly: boolean, primaryId: string | null) {
  const rf = useReactFlow();
  // Each canvas answers only for itself (the audience's board is another canvas); a read-only one only moves.
  const mine = ({ element }: ShortcutContext) => element === wrapper.current;
  const edit = (run: () => void) => (context: ShortcutContext) => {
    if (!mine(context) || readOnly) return false;
    run();
  };
  const move = ({ event, element }: ShortcutContext) => {
    const key = event.key;
    if (element !== wrapper.current || !isArrow(key)) return false;
    const cards = rf.getNodes().filter((n) => n.type === 'card');
    const focused = (document.activeElement as HTMLElement | null)?.closest('.react-flow__node')?.getAttribute('data-id');
    const from = cards.find((n) => n.id === (focused ?? primaryId)) ?? cards[0];
    if (!from) return false;
    const next = focused || primaryId ? nextInDirection(rectOf(from), cards.map(rectOf), key) : rectOf(from);
    if (!next) return;
    const zoom = rf.getZoom();
    // The card may not be drawn yet (only visible cards are): bring it into view, then focus it.
    void rf.setCenter(next.x + next.width / 2, next.y + next.height / 2, { zoom, duration: 0 });
    requestAnimationFrame(() => element.querySelector<HTMLElement>(`[data-testid="card-${next.id}"]`)?.focus());
  };
  useShortcutHandlers({
    'canvas.move': move,
    'canvas.create': edit(actions.create),
    'canvas.remove': edit(actions.removeSelected),
    'canvas.copy': edit(actions.copy),
    'canvas.paste': edit(actions.paste),
    'canvas.vote': (context) => {
      if (!mine(context) || readOnly || !primaryId) return false;
      actions.vote(primaryId);
    },
  });
}
