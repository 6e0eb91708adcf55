// Opens the room's screen on this workshop's audience route. In the browser that is a second window. In the desktop
// app main refuses every popup and carries the request out itself (full screen on the projector, or the single-screen
// presentation): window.open then returns null by design, which is no failure and must not say "blocked".
import { BRIDGE_KEY } from '../../../shared/api';

export type AudienceOpening = 'opened' | 'handed-to-app' | 'blocked';

export interface AudienceEnv {
  open(url: string, name: string, features: string): unknown;
  /** The page's path and query, kept so the audience loads the same renderer (and its token) as this window. */
  base: string;
  /** True in the desktop app, where the preload exposed its bridge. */
  desktop: boolean;
}

export function pageEnv(): AudienceEnv {
  return {
    open: (url, name, features) => window.open(url, name, features),
    base: `${window.location.pathname}${window.location.search}`,
    desktop: BRIDGE_KEY in window,
  };
}

export function openAudienceWindow(workshopId: string, env: AudienceEnv = pageEnv()): AudienceOpening {
  const url = `${env.base}#/audience/${encodeURIComponent(workshopId)}`;
  const opened = env.open(url, `socle-audience-${workshopId}`, 'popup,width=1280,height=720');
  if (opened) return 'opened';
  return env.desktop ? 'handed-to-app' : 'blocked';
}
