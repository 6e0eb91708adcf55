// What the room's view needs to size its cards (fitToScreen): the board's frame on screen, the floor the room is owed,
// and the cards' type, measured once the page's font is there. Null outside the audience view.
import { useEffect, useLayoutEffect, useMemo, useState } from 'react';
import { titleFloor } from '../state/useFit';
import type { AudienceFrame } from './fitToScreen';
import { titleWidths } from './textWidth';

interface Size {
  width: number;
  height: number;
}

export function useAudienceFrame(
  wrapper: React.RefObject<HTMLElement | null>,
  audience: boolean,
  cards: number,
  untitled: string,
  kindName: (kind: string) => string,
): AudienceFrame | null {
  const [size, setSize] = useState<Size | null>(null);
  // Read before the first paint, so that the room never sees the board at the cards' stored sizes, then on each resize.
  useLayoutEffect(() => {
    const el = wrapper.current;
    if (!audience || !el) return;
    const read = () =>
      setSize((was) =>
        was && was.width === el.clientWidth && was.height === el.clientHeight ? was : { width: el.clientWidth, height: el.clientHeight },
      );
    read();
    const observer = new ResizeObserver(read);
    observer.observe(el);
    return () => observer.disconnect();
  }, [audience, wrapper]);
  // Titles measured in a fallback font are measured again once the cards' own has loaded.
  const [fonts, setFonts] = useState(0);
  useEffect(() => {
    if (!audience || typeof document === 'undefined' || !document.fonts) return;
    let live = true;
    void document.fonts.load(`800 16px ${getComputedStyle(document.body).fontFamily}`).then(
      () => live && setFonts((n) => n + 1),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [audience]);
  return useMemo(() => {
    if (!audience || !size || size.width === 0 || size.height === 0) return null;
    return { ...size, floor: titleFloor(true, cards), textWidth: titleWidths(fonts), untitled, kindName };
  }, [audience, size, cards, untitled, kindName, fonts]);
}
