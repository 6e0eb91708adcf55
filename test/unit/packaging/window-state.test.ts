// Window size and position: restored only where a current display shows them, else the default window.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadWindowState, restoreWindowState, saveWindowState, type Rect } from '../../../electron/main/window-state';

const min = { width: 960, height: 600 };
const laptop: Rect = { x: 0, y: 0, width: 1440, height: 875 };
// A second monitor to the right of the laptop, taller, with its top edge lower.
const monitor: Rect = { x: 1440, y: 100, width: 2560, height: 1400 };
const saved = (bounds: Rect, maximized = false) => ({ bounds, maximized, fullScreen: false });

const dir = mkdtempSync(join(tmpdir(), 'socle-window-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('restoreWindowState', () => {
  it('restores bounds that a display shows', () => {
    const state = saved({ x: 100, y: 50, width: 1200, height: 800 }, true);
    expect(restoreWindowState(state, [laptop], min)).toEqual(state);
    const onMonitor = saved({ x: 1600, y: 200, width: 1800, height: 1100 });
    expect(restoreWindowState(onMonitor, [laptop, monitor], min)).toEqual(onMonitor);
  });

  it('ignores bounds left on a monitor that is no longer connected', () => {
    const onMonitor = saved({ x: 1600, y: 200, width: 1800, height: 1100 });
    expect(restoreWindowState(onMonitor, [laptop], min)).toBeNull();
  });

  it('ignores bounds off every screen, or with the title bar out of reach', () => {
    expect(restoreWindowState(saved({ x: -5000, y: 40, width: 1200, height: 800 }), [laptop], min)).toBeNull();
    expect(restoreWindowState(saved({ x: 100, y: 3000, width: 1200, height: 800 }), [laptop], min)).toBeNull();
    // Mostly visible, but the title bar is above the top of the screen: it could never be dragged back.
    expect(restoreWindowState(saved({ x: 100, y: -200, width: 1200, height: 900 }), [laptop], min)).toBeNull();
    // Only a sliver of a corner on screen.
    expect(restoreWindowState(saved({ x: 1400, y: 800, width: 1200, height: 800 }), [laptop], min)).toBeNull();
  });

  it('keeps a window that hangs partly off the edge but whose title bar is reachable', () => {
    const state = saved({ x: 900, y: 100, width: 1200, height: 700 });
    expect(restoreWindowState(state, [laptop], min)).toEqual(state);
  });

  it('never restores larger than the display, nor smaller than the minimum', () => {
    const huge = restoreWindowState(saved({ x: 0, y: 0, width: 4000, height: 3000 }), [laptop], min);
    expect(huge?.bounds).toEqual({ x: 0, y: 0, width: 1440, height: 875 });
    const tiny = restoreWindowState(saved({ x: 10, y: 10, width: 300, height: 200 }), [laptop], min);
    expect(tiny?.bounds).toEqual({ x: 10, y: 10, width: 960, height: 600 });
  });

  it('rounds the fractions of a scaled display', () => {
    expect(restoreWindowState(saved({ x: 10.4, y: 20.6, width: 1000.5, height: 700.2 }), [laptop], min)?.bounds).toEqual({
      x: 10,
      y: 21,
      width: 1001,
      height: 700,
    });
  });

  it('falls back to the default window for anything that is not a saved state', () => {
    for (const junk of [
      null,
      'x',
      {},
      { bounds: { x: 'a', y: 0, width: 1, height: 1 }, maximized: false },
      saved({ x: 0, y: 0, width: -1, height: 5 }),
    ]) {
      expect(restoreWindowState(junk, [laptop], min)).toBeNull();
    }
    expect(restoreWindowState(saved({ x: 10, y: 10, width: 1000, height: 700 }), [], min)).toBeNull();
  });
});

describe('window-state.json', () => {
  it('round-trips, and a damaged file reads as nothing', () => {
    const file = join(dir, 'window-state.json');
    const state = saved({ x: 1, y: 2, width: 1000, height: 700 }, true);
    expect(saveWindowState(file, state)).toBe(true);
    expect(loadWindowState(file)).toEqual(state);
    writeFileSync(file, '{"bounds":');
    expect(loadWindowState(file)).toBeNull();
    expect(loadWindowState(join(dir, 'none.json'))).toBeNull();
    expect(saveWindowState(join(dir, 'no', 'such', 'dir.json'), state)).toBe(false);
    expect(readFileSync(file, 'utf8')).toBe('{"bounds":');
  });
});
