// Keeps React Flow's selection and the side panel's card in step, and brings a card chosen elsewhere into view.
import { useReactFlow, type Node } from '@xyflow/react';
import { useEffect, useRef } from 'react';

export function useSelectionSync(
  selectedCardId: string | null,
  nodes: readonly Node[],
  setNodes: (update: (nodes: Node[]) => Node[]) => void,
  wrapper: React.RefObject<HTMLElement | null>,
  /** A card being typed was just made: the canvas fits it in view itself, no centring over that fit. */
  typingCardId: string | null = null,
  /**
   * Whether the view is still the last fit's: it shows every card, and fits again when the board narrows for the side
   * panel the choice opens, so no centring over that fit.
   */
  fitted: () => boolean = () => false,
) {
  const rf = useReactFlow();
  useEffect(() => {
    setNodes((ns) => {
      const target = selectedCardId ? ns.find((n) => n.id === selectedCardId) : null;
      // Part of a multiple selection already: keep the others.
      if (target?.selected) return ns;
      if (!target && !ns.some((n) => n.selected)) return ns;
      return ns.map((n) => (!!n.selected !== (n.id === selectedCardId) ? { ...n, selected: n.id === selectedCardId } : n));
    });
  }, [selectedCardId, setNodes]);

  const centred = useRef<string | null>(null);
  const known = selectedCardId ? nodes.some((n) => n.id === selectedCardId) : false;
  useEffect(() => {
    if (!selectedCardId || !known || centred.current === selectedCardId) return;
    centred.current = selectedCardId;
    if (typingCardId === selectedCardId || fitted()) return;
    const node = rf.getInternalNode(selectedCardId);
    const box = wrapper.current;
    if (!node || !box) return;
    const { x, y, zoom } = rf.getViewport();
    const p = node.internals.positionAbsolute;
    const w = node.measured.width ?? node.width ?? 0;
    const h = node.measured.height ?? node.height ?? 0;
    const left = p.x * zoom + x;
    const top = p.y * zoom + y;
    const visible = left >= 0 && top >= 0 && left + w * zoom <= box.clientWidth && top + h * zoom <= box.clientHeight;
    if (!visible) void rf.setCenter(p.x + w / 2, p.y + h / 2, { zoom, duration: 300 });
  }, [selectedCardId, known, rf, wrapper, typingCardId, fitted]);
}
