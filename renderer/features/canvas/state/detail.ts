// How much a crowded canvas draws at a zoom: the less a card or link can be read on screen, the less of it is drawn.
// Below CROWDED cards, every card keeps all it shows at any zoom.

/** From this many cards a step's canvas draws less when zoomed out. */
export const CROWDED = 150;
/**
 * Below this zoom the key fields (small print, 0.8rem) and the links' labels are left out: they would be under the
 * control view's 12 px floor on screen (12.8 px x 0.95 = 12.2 px), and they are the most text to paint.
 */
export const NEAR_ZOOM = 0.95;
/**
 * Below this zoom cards show their title only (one under the pointer or chosen shows all): the kind's label (0.72rem)
 * is as far under the floor as the key fields, and a full card costs more to mount and paint by hundreds. Measured on
 * the canvas benchmark (1,000 cards, 3 rounds): from 0.45 to here, the pan + zoom median went from 0.93x-1.01x a bare
 * React Flow's to 0.89x-0.91x.
 */
export const FAR_ZOOM = NEAR_ZOOM;
/** Below this zoom a title is a few pixels high: titles and the links' arrowheads are not drawn (cards keep colour and place). */
export const TINY_ZOOM = 0.25;

export interface Detail {
  /** Key fields and link labels drawn. */
  near: boolean;
  /** Cards drawn as their title (and votes) only. */
  far: boolean;
  /** Titles and arrowheads left out. */
  tiny: boolean;
}

export function detailAt(cards: number, zoom: number): Detail {
  const crowded = cards >= CROWDED;
  return { near: !crowded || zoom >= NEAR_ZOOM, far: crowded && zoom < FAR_ZOOM, tiny: crowded && zoom < TINY_ZOOM };
}
