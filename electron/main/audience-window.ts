// Carries out "Present": the renderer asks for its audience route with window.open (refused as every popup
// is); main opens its own audience window, full screen on the second display, or tells the window to
// start the single-screen presentation when there is only one display.
import type { BrowserWindow, BrowserWindowConstructorOptions } from 'electron';
import { audienceRequest, audienceUrl, planPresentation, type Box, type DisplayLike } from './present';
import { sendEvent, type EventTarget } from './relay';
import { isAllowedSender } from './security';
import { windowOptions } from './window';

export interface PresenterDeps {
  Window: new (options: BrowserWindowConstructorOptions) => BrowserWindow;
  displays: () => DisplayLike[];
  primaryId: () => number;
  /** The control window's bounds, to tell the facilitator's display from the projector. */
  controlBounds: () => Box | null;
  preload: string;
  title: string;
}

/** Answers a window.open from `from`: true when it was a request to present, carried out. */
export type Presenter = (from: EventTarget, url: string) => boolean;

export function createPresenter(deps: PresenterDeps): Presenter {
  let audience: BrowserWindow | null = null;
  return (from, url) => {
    const workshopId = audienceRequest(url);
    if (!workshopId || !isAllowedSender(from.getURL())) return false;
    const plan = planPresentation(deps.displays(), deps.primaryId(), deps.controlBounds());
    if (plan.kind === 'single-screen') return sendEvent(from, 'app.command', { command: 'presenter' });
    if (audience && !audience.isDestroyed()) {
      audience.setBounds(plan.bounds);
      audience.setFullScreen(true);
      void audience.loadURL(audienceUrl(workshopId)).catch(() => undefined);
      audience.focus();
      return true;
    }
    const window = new deps.Window({
      ...windowOptions(deps.preload, deps.title, plan.bounds),
      fullscreen: true,
      minWidth: 0,
      minHeight: 0,
    });
    audience = window;
    window.once('ready-to-show', () => window.show());
    window.on('closed', () => {
      if (audience === window) audience = null;
    });
    void window.loadURL(audienceUrl(workshopId)).catch(() => undefined);
    return true;
  };
}
