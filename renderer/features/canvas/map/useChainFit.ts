// Fits the whole chain in its frame on arrival and whenever the frame changes size (the audience window, F5's dialog
// opening after the first paint), from the sizes the layout gave the nodes, not from React Flow's measures.
import { getViewportForBounds, useReactFlow, type Node } from '@xyflow/react';
import { useEffect, useRef } from 'react';

export function useChainFit(frame: React.RefObject<HTMLElement | null>, nodes: readonly Node[], padding: number, maxZoom: number) {
  const rf = useReactFlow();
  const latest = useRef(nodes);
  latest.current = nodes;
  useEffect(() => {
    const el = frame.current;
    if (!el) return;
    const fit = () => {
      const all = latest.current;
      if (all.length === 0 || el.clientWidth === 0 || el.clientHeight === 0) return;
      const left = Math.min(...all.map((n) => n.position.x));
      const top = Math.min(...all.map((n) => n.position.y));
      const right = Math.max(...all.map((n) => n.position.x + (n.width ?? 0)));
      const bottom = Math.max(...all.map((n) => n.position.y + (n.height ?? 0)));
      const bounds = { x: left, y: top, width: right - left, height: bottom - top };
      void rf.setViewport(getViewportForBounds(bounds, el.clientWidth, el.clientHeight, 0.05, maxZoom, padding));
      el.closest('.canvas')?.setAttribute('data-fitted', 'yes');
    };
    fit();
    const observer = new ResizeObserver(fit);
    observer.observe(el);
    return () => observer.disconnect();
  }, [frame, rf, padding, maxZoom, nodes.length]);
}
