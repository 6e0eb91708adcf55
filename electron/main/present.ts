// "Present" in Electron: the audience screen goes full screen on the second display when there is one,
// and the single-screen presentation (F5's) takes the current window when there is not. Pure decisions;
// main.ts carries them out with Electron's screen and BrowserWindow.
import { APP_PAGE } from './app-url';

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface DisplayLike {
  id: number;
  bounds: Box;
}

export type PresentPlan = { kind: 'audience-window'; displayId: number; bounds: Box } | { kind: 'single-screen' };

const overlap = (a: Box, b: Box) =>
  Math.max(0, Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x)) *
  Math.max(0, Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y));

/**
 * Where the audience screen goes. The facilitator's display is the one the control window mostly
 * covers (the primary display without a window); the audience gets the largest of the others.
 */
export function planPresentation(displays: readonly DisplayLike[], primaryId: number, controlBounds: Box | null): PresentPlan {
  if (displays.length < 2) return { kind: 'single-screen' };
  const facilitator = controlBounds
    ? displays.reduce((best, d) => (overlap(d.bounds, controlBounds) > overlap(best.bounds, controlBounds) ? d : best))
    : (displays.find((d) => d.id === primaryId) ?? displays[0]);
  const others = displays.filter((d) => d !== facilitator);
  const area = (d: DisplayLike) => d.bounds.width * d.bounds.height;
  const audience = others.reduce((best, d) => (area(d) > area(best) ? d : best));
  return { kind: 'audience-window', displayId: audience.id, bounds: { ...audience.bounds } };
}

const AUDIENCE_HASH = /^#\/audience\/([A-Za-z0-9_-]{1,64})$/;

/** The workshop of a window.open on Socle's own audience route (renderer/stores/nav.ts), or null for anything else. */
export function audienceRequest(url: string): string | null {
  if (!url.startsWith(APP_PAGE)) return null;
  const rest = url.slice(APP_PAGE.length).replace(/^\?[^#]*/, '');
  return AUDIENCE_HASH.exec(rest)?.[1] ?? null;
}

/** The page the audience window loads. */
export const audienceUrl = (workshopId: string): string => `${APP_PAGE}#/audience/${workshopId}`;
