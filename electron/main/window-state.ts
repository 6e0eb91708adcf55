// The main window's size and position, saved in window-state.json and restored only where it is visible.
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { z } from 'zod';

export const WINDOW_STATE_FILE = 'window-state.json';

// zod's numbers are finite: NaN and Infinity from a damaged file are refused with the rest.
const Rect = z.object({ x: z.number(), y: z.number(), width: z.number().positive(), height: z.number().positive() });
export type Rect = z.infer<typeof Rect>;

const WindowState = z.object({ bounds: Rect, maximized: z.boolean(), fullScreen: z.boolean().default(false) });
export type WindowState = z.infer<typeof WindowState>;

export interface MinSize {
  width: number;
  height: number;
}

// How much of the window must lie on a display for it to count as visible, and how much of its top
// edge: the title bar is what a user drags, so it must be reachable, not just some corner of the frame.
const MIN_VISIBLE = { width: 160, height: 80 };
const TITLE_BAR = 32;

function overlap(a: Rect, b: Rect): { width: number; height: number } {
  const width = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const height = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return { width: Math.max(0, width), height: Math.max(0, height) };
}

/** The work area that shows enough of the window and its title bar, if any. */
export function homeDisplay(bounds: Rect, workAreas: readonly Rect[]): Rect | null {
  for (const area of workAreas) {
    const seen = overlap(bounds, area);
    const titleBarInside = bounds.y >= area.y && bounds.y + TITLE_BAR <= area.y + area.height;
    if (seen.width >= MIN_VISIBLE.width && seen.height >= MIN_VISIBLE.height && titleBarInside) return area;
  }
  return null;
}

/**
 * The state to reopen the window with, or null for the default centred window: the saved bounds when a
 * current display shows them (a monitor unplugged since would otherwise leave the window off screen),
 * never larger than that display nor smaller than the window's minimum.
 */
export function restoreWindowState(saved: unknown, workAreas: readonly Rect[], min: MinSize): WindowState | null {
  const parsed = WindowState.safeParse(saved);
  if (!parsed.success) return null;
  const b = parsed.data.bounds;
  // Scaled displays can report fractions; a window is placed on whole pixels.
  const bounds = { x: Math.round(b.x), y: Math.round(b.y), width: Math.round(b.width), height: Math.round(b.height) };
  const area = homeDisplay(bounds, workAreas);
  if (!area) return null;
  const width = Math.max(min.width, Math.min(bounds.width, area.width));
  const height = Math.max(min.height, Math.min(bounds.height, area.height));
  return { ...parsed.data, bounds: { x: bounds.x, y: bounds.y, width, height } };
}

export function loadWindowState(file: string): unknown {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
}

export function saveWindowState(file: string, state: WindowState): boolean {
  try {
    writeFileSync(`${file}.tmp`, `${JSON.stringify(state)}\n`);
    renameSync(`${file}.tmp`, file);
    return true;
  } catch {
    return false;
  }
}
