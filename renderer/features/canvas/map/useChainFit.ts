// Fits the whole chain in its frame on arrival and whenever the frame changes size (the audience window, F5's dialog
// opening after the first paint), from the sizes the layout gave the nodes, not from React Flow's measures; and gives
// the cards' CSS the view's zoom and the smallest title the view owes the room, as the step boards do.
import { getViewportForBounds, useReactFlow, type Node } from '@xyflow/react';
import { useEffect, useRef } from 'react';
import { AUDIENCE_FIT, CONTROL_FIT, titleFloor } from '../state/useFit';

export function useChainFit(frame: React.RefObject<HTMLElement | null>, nodes: readonly Node[], audience: boolean) {
  const rf = useReactFlow();
  const latest = useRef(nodes);
  latest.current = nodes;
  const cards = nodes.filter((n) => n.type === 'mapCard').length;
  useEffect(() => {
    // Scaled to the screen, as the step boards' floor is.
    const floor = titleFloor(audience, cards);
    frame.current?.style.setProperty('--title-floor', `${floor + 0.25}px`);
  }, [frame, audience, cards]);
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
      // The control view keeps the zoom buttons' strip on the left clear of cards.
      const padding = audience ? AUDIENCE_FIT.padding : CONTROL_FIT.padding;
      const viewport = getViewportForBounds(bounds, el.clientWidth, el.clientHeight, 0.05, audience ? 2 : 1, padding);
      void rf.setViewport(viewport);
      el.style.setProperty('--zoom', String(viewport.zoom));
      el.closest('.canvas')?.setAttribute('data-fitted', 'yes');
    };
    fit();
    const observer = new ResizeObserver(fit);
    observer.observe(el);
    return () => observer.disconnect();
  }, [frame, rf, audience, nodes.length]);
}
