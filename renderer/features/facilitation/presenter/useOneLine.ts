// Keeps a heading on one line: its type shrinks from `max` down to `min` pixels to fit its width (then it is cut).
import { useLayoutEffect, useRef } from 'react';

export function useOneLine<T extends HTMLElement>(text: string, max: number, min: number) {
  const ref = useRef<T>(null);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const fit = () => {
      let size = max;
      el.style.fontSize = `${size}px`;
      // Glyph widths do not scale exactly with the size: a few passes, a little under the ratio each time.
      for (let pass = 0; pass < 4 && size > min && el.scrollWidth > el.clientWidth; pass++) {
        size = Math.max(min, Math.floor((size * el.clientWidth * 0.98) / el.scrollWidth));
        el.style.fontSize = `${size}px`;
      }
    };
    fit();
    const observer = new ResizeObserver(fit);
    observer.observe(el);
    return () => observer.disconnect();
  }, [text, max, min]);
  return ref;
}
