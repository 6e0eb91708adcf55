// Dragging cards: a group carries the cards inside it; on drop each card is saved once with the meaning of where it lies.
import { useReactFlow, type Node, type OnNodeDrag } from '@xyflow/react';
import { useMemo, useRef } from 'react';
import type { Card, CardPatch } from '../../../../shared/model';
import { useServices } from '../../../app/ServicesContext';
import { centre, type XY } from '../geometry';
import type { LayoutModel } from '../layout';
import { linkActions } from '../links/actions';

interface Carry {
  groupId: string;
  start: XY;
  items: { id: string; start: XY }[];
}

export interface DragDeps {
  model: LayoutModel;
  cardsById: ReadonlyMap<string, Card>;
  setNodes: (update: (nodes: Node[]) => Node[]) => void;
  hold(id: string, at: XY): void;
  release(ids: readonly string[]): void;
  selectedCardId: string | null;
  onSelect(cardId: string | null): void;
}

const inside = (outer: Node, n: Node) => {
  const w = n.measured?.width ?? n.width ?? 0;
  const h = n.measured?.height ?? n.height ?? 0;
  const ow = outer.measured?.width ?? outer.width ?? 0;
  const oh = outer.measured?.height ?? outer.height ?? 0;
  return (
    n.position.x >= outer.position.x &&
    n.position.y >= outer.position.y &&
    n.position.x + w <= outer.position.x + ow &&
    n.position.y + h <= outer.position.y + oh
  );
};

export function useDragHandlers(deps: DragDeps) {
  const { workshop, notices, client } = useServices();
  const rf = useReactFlow();
  const latest = useRef(deps);
  latest.current = deps;
  const carry = useRef<Carry | null>(null);

  return useMemo(() => {
    const fail = (message: string) => notices.getState().push('error', message);

    async function drop(node: Node) {
      const { model, cardsById, hold, release } = latest.current;
      const card = cardsById.get(node.id);
      if (!card || node.type !== 'card') return;
      const topLeft = { x: Math.round(node.position.x), y: Math.round(node.position.y) };
      const effect = model.drop(card, centre({ ...topLeft, width: card.width, height: card.height }), topLeft);
      if (effect === 'refuse') return release([card.id]);
      if (effect.link) {
        const r = await linkActions(client, workshop).create(effect.link.kind, card.id, effect.link.toCard);
        if (!r.ok) fail(r.error.message);
      }
      const patch: CardPatch = {};
      const to = effect.position ?? topLeft;
      if (effect.keepPosition && (to.x !== card.x || to.y !== card.y)) Object.assign(patch, { x: to.x, y: to.y });
      if (effect.fields) patch.fields = effect.fields;
      if (Object.keys(patch).length === 0) return release([card.id]);
      hold(card.id, node.position);
      // One card.update per card: position and meaning together, one undo step.
      const r = await workshop.getState().updateCard(card.id, patch);
      if (!r.ok) fail(r.error.message);
      release([card.id]);
      // The side panel's form reads a card's fields when it opens: open it again so it shows the new meaning.
      const { selectedCardId, onSelect } = latest.current;
      if (r.ok && patch.fields && selectedCardId === card.id) {
        onSelect(null);
        requestAnimationFrame(() => onSelect(card.id));
      }
    }

    const onNodeDragStart: OnNodeDrag = (_event, node, dragged) => {
      carry.current = null;
      // Moving one card makes it the chosen one, as a click would.
      if (node.type === 'card' && dragged.length === 1 && latest.current.selectedCardId !== node.id) latest.current.onSelect(node.id);
      if (node.type !== 'card' || latest.current.cardsById.get(node.id)?.kind !== 'group') return;
      const moving = new Set(dragged.map((n) => n.id));
      const items = rf
        .getNodes()
        .filter((n) => n.type === 'card' && !moving.has(n.id) && inside(node, n))
        .map((n) => ({ id: n.id, start: n.position }));
      if (items.length > 0) carry.current = { groupId: node.id, start: node.position, items };
    };

    const onNodeDrag: OnNodeDrag = (_event, node) => {
      const c = carry.current;
      if (!c || node.id !== c.groupId) return;
      const dx = node.position.x - c.start.x;
      const dy = node.position.y - c.start.y;
      const starts = new Map(c.items.map((i) => [i.id, i.start]));
      latest.current.setNodes((ns) =>
        ns.map((n) => {
          const s = starts.get(n.id);
          return s ? { ...n, position: { x: s.x + dx, y: s.y + dy } } : n;
        }),
      );
    };

    const onNodeDragStop: OnNodeDrag = (_event, _node, dragged) => {
      const carried = (carry.current?.items ?? []).map((i) => rf.getNode(i.id)).filter((n): n is Node => !!n);
      carry.current = null;
      for (const n of [...dragged, ...carried]) void drop(n);
    };

    return { onNodeDragStart, onNodeDrag, onNodeDragStop };
  }, [workshop, notices, client, rf]);
}
