// Fitting the board: on arrival at a step, when the frame changes size (audience), when a card lands out of view, and
// the smallest title the view owes the room, given to the cards' CSS as the view's zoom and a floor in screen pixels.
import { getViewportForBounds, useReactFlow, type Node } from '@xyflow/react';
import { useCallback, useEffect, useRef, useState } from 'react';
import { frameOf, isThing, type Box } from './frame';

/** The control view leaves room on the left for the zoom buttons and at the bottom right for the overview. */
export const CONTROL_FIT = { padding: { top: '24px', right: '24px', bottom: '24px', left: '64px' }, maxZoom: 1.25 } as const;
/** The audience view: edge to edge, and big type when the board is small. */
export const AUDIENCE_FIT = { padding: '16px', maxZoom: 2.2 } as const;

/** From this many cards the view's zoom is not given to the cards' type after each gesture (see publishZoom). */
const CROWDED = 150;

/** The screen width the audience's floors are set for (1080p); a smaller projector scales them down, to two thirds. */
const FLOOR_SCREEN = 1920;

/** The width of the screen this window shows on (its own width: the audience's is full screen). */
const screenWidthNow = () => (typeof window === 'undefined' ? FLOOR_SCREEN : window.innerWidth);

/**
 * Smallest title on screen, in CSS pixels: the audience's floor by how crowded the board is, scaled to the screen (the
 * same picture on a 1280x720 projector as on a 1080p one, rather than titles too big for their cards); the control
 * view's floor.
 */
export function titleFloor(audience: boolean, cards: number, screenWidth = screenWidthNow()): number {
  if (!audience) return 12;
  const base = cards <= 12 ? 24 : cards <= 30 ? 18 : 14;
  return base * Math.min(1, Math.max(2 / 3, screenWidth / FLOOR_SCREEN));
}

/**
 * `fitOnArrival` false keeps the view a caller asked for (the benchmark's). `ready` false: the nodes are not the ones to
 * show yet (the audience's cards before they are sized to their titles), so the board is not said to be fitted.
 */
export function useFit(wrapper: React.RefObject<HTMLElement | null>, nodes: Node[], audience: boolean, fitOnArrival = true, ready = true) {
  const rf = useReactFlow();
  const latest = useRef(nodes);
  latest.current = nodes;
  const count = nodes.filter((n) => n.type === 'card').length;
  const floor = titleFloor(audience, count);

  // A crowded board draws titles only when zoomed in (far mode): its cards' type is not resized after each gesture,
  // which would lay out a thousand titles again.
  const crowded = count >= CROWDED;
  const publishZoom = useCallback(
    (zoom = rf.getZoom()) => {
      const el = wrapper.current;
      if (!el || (crowded && el.style.getPropertyValue('--zoom') !== '')) return;
      el.style.setProperty('--zoom', String(zoom));
    },
    [rf, wrapper, crowded],
  );

  // The view the last fit gave: while the user has not moved it, a new frame size (the agenda rail opening beside
  // the board) fits again rather than cutting cards off.
  const fitted = useRef<{ x: number; y: number; zoom: number } | null>(null);
  // What the audience's last fit framed, for its zones to end there rather than run off the screen (trim.ts).
  const [framed, setFramed] = useState<Box | null>(null);
  // Computed here rather than with fitView, whose promise waits for a node change that may never come.
  const fitOver = useCallback(
    (duration: number) => {
      const el = wrapper.current;
      if (!el) return;
      const options = audience ? AUDIENCE_FIT : CONTROL_FIT;
      const bounds = frameOf(latest.current);
      if (bounds && el.clientWidth > 0 && el.clientHeight > 0) {
        const viewport = getViewportForBounds(bounds, el.clientWidth, el.clientHeight, 0.05, options.maxZoom, options.padding);
        void rf.setViewport(viewport, duration > 0 ? { duration } : undefined);
        fitted.current = viewport;
        publishZoom(viewport.zoom);
        if (audience) setFramed(bounds);
      }
      if (ready) el.closest('.canvas')?.setAttribute('data-fitted', 'yes');
    },
    [audience, rf, publishZoom, wrapper, ready],
  );
  const fit = useCallback(() => fitOver(0), [fitOver]);
  /** The zoom buttons' "fit": the same frame as on arrival (the cards, not every month of a calendar), with a glide. */
  const fitSmoothly = useCallback(() => fitOver(300), [fitOver]);

  useEffect(() => {
    wrapper.current?.style.setProperty('--title-floor', `${floor + 0.25}px`);
  }, [floor, wrapper]);

  // On arrival (the canvas is mounted per step): every node carries its size, no need to wait for React Flow to
  // measure them (nodes out of view are never measured, as only visible ones are drawn).
  const arrived = useRef(false);
  useEffect(() => {
    if (arrived.current) return;
    arrived.current = true;
    if (fitOnArrival) fit();
    else {
      publishZoom();
      wrapper.current?.closest('.canvas')?.setAttribute('data-fitted', 'yes');
    }
  }, [fit, fitOnArrival, publishZoom, wrapper]);

  // The audience always sees the whole board: a new card, a card the room's view made taller or moved, or a new window
  // size fits it again. Only the audience needs the list (a drag frame in the control view should not build it).
  const ids = audience
    ? nodes
        .filter(isThing)
        .map((n) => `${n.id}@${n.position.x},${n.position.y},${n.width ?? 0}x${n.height ?? 0}`)
        .join(' ')
    : '';
  useEffect(() => {
    if (!audience || !arrived.current) return;
    fit();
  }, [audience, ids, fit]);
  // Whether the view is still the one the last fit gave (the user has not panned nor zoomed since).
  const untouched = useCallback(() => {
    const now = rf.getViewport();
    const was = fitted.current;
    return !!was && Math.abs(now.x - was.x) < 1 && Math.abs(now.y - was.y) < 1 && Math.abs(now.zoom - was.zoom) < 1e-3;
  }, [rf]);
  useEffect(() => {
    const el = wrapper.current;
    if (!el) return;
    const observer = new ResizeObserver(() => arrived.current && (audience || untouched()) && fit());
    observer.observe(el);
    return () => observer.disconnect();
  }, [audience, fit, untouched, wrapper]);

  // The control view fits again when a card appears (made, pasted, undone back) outside what it shows; nodes carry
  // where the layout drew them, the tree's and the matrix's included.
  const known = useRef<Set<string> | null>(null);
  useEffect(() => {
    const cards = nodes.filter((n) => n.type === 'card');
    const before = known.current;
    known.current = new Set(cards.map((n) => n.id));
    const el = wrapper.current;
    if (audience || !before || !arrived.current || !el) return;
    const { x, y, zoom } = rf.getViewport();
    const outside = cards.some((n) => {
      if (before.has(n.id)) return false;
      const left = n.position.x * zoom + x;
      const top = n.position.y * zoom + y;
      const w = (n.width ?? 0) * zoom;
      const h = (n.height ?? 0) * zoom;
      return left < 0 || top < 0 || left + w > el.clientWidth || top + h > el.clientHeight;
    });
    if (outside) fit();
  }, [nodes, audience, fit, rf, wrapper]);

  return { fit, fitSmoothly, publishZoom, framed, untouched };
}
