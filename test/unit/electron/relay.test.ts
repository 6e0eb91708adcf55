// Main relays host events only to windows that show Socle's own page, on the one event channel.
import { describe, expect, it } from 'vitest';
import { createEventHub } from '../../../electron/host/events';
import { APP_PAGE } from '../../../electron/main/app-url';
import { relayEvents, sendEvent, type EventTarget } from '../../../electron/main/relay';
import { EVENT_CHANNEL } from '../../../shared/api';

function window(url: string, destroyed = false) {
  const sent: unknown[][] = [];
  const target: EventTarget = { getURL: () => url, isDestroyed: () => destroyed, send: (...args) => void sent.push(args) };
  return { target, sent };
}

describe('relay', () => {
  it('sends every host event to Socle’s windows, never to a foreign page or a closed window', () => {
    const hub = createEventHub();
    const ours = window(`${APP_PAGE}#/`);
    const foreign = window('https://evil.example/');
    const closed = window(`${APP_PAGE}#/`, true);
    const stop = relayEvents(hub, () => [ours.target, foreign.target, closed.target]);
    hub.emit('app.command', { command: 'undo' });
    expect(ours.sent).toEqual([[EVENT_CHANNEL, 'app.command', { command: 'undo' }]]);
    expect(foreign.sent).toEqual([]);
    expect(closed.sent).toEqual([]);
    stop();
    hub.emit('app.command', { command: 'redo' });
    expect(ours.sent).toHaveLength(1);
  });

  it('says whether one event was sent', () => {
    expect(sendEvent(null, 'app.command', { command: 'undo' })).toBe(false);
    expect(sendEvent(window(`${APP_PAGE}#/`).target, 'app.command', { command: 'redo' })).toBe(true);
  });
});
