// A title's width in the browser: measured on a canvas in the cards' own type (the page's sans-serif at weight 800, as
// styles/cards.css draws titles), at a size of 1. Where there is no canvas (a test's DOM), a wide average advance.
import type { TextWidth } from './wrap';

/** Measured at this size and scaled: a canvas rounds small sizes. */
const AT = 100;
/** Inter's extra bold averages about 0.6 em a character; a little more, so that a guess errs on the tall side. */
const FALLBACK_EM = 0.66;
const fallback: TextWidth = (text) => text.length * FALLBACK_EM;

let context: CanvasRenderingContext2D | null | undefined;
/** Widths in one font (its family and whether the page's fonts had loaded), dropped when that changes. */
let cache: { key: string; widths: Map<string, number> } = { key: '', widths: new Map() };

function canvasContext(): CanvasRenderingContext2D | null {
  if (context !== undefined) return context;
  try {
    // A test's DOM has canvases without a 2D context (and complains when asked): only a real browser is asked.
    context = /jsdom/i.test(navigator.userAgent) ? null : document.createElement('canvas').getContext('2d');
  } catch {
    context = null;
  }
  return context;
}

/**
 * Measures titles in the page's current font (read once: a board is sized in one font). `fontsLoaded` counts the font
 * loads seen: widths measured before the last one are measured again.
 */
export function titleWidths(fontsLoaded = 0): TextWidth {
  const ctx = typeof document === 'undefined' ? null : canvasContext();
  if (!ctx) return fallback;
  const family = getComputedStyle(document.body).fontFamily || 'sans-serif';
  // Widths measured before the page's font arrived are a fallback's: measured again once it is there.
  const key = `${family}|${document.fonts?.status ?? ''}|${fontsLoaded}`;
  if (cache.key !== key) cache = { key, widths: new Map() };
  const { widths } = cache;
  const font = `800 ${AT}px ${family}`;
  return (text) => {
    let width = widths.get(text);
    if (width === undefined) {
      ctx.font = font;
      width = ctx.measureText(text).width / AT;
      widths.set(text, width);
    }
    return width;
  };
}
