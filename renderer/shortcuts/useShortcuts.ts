// Components give the registry their handlers while they are mounted, and mark an element whose scope changes as keys arrive.
import { useEffect, useRef, type RefObject } from 'react';
import type { Handler } from './dispatcher';
import { shortcuts } from './instance';
import type { Scope } from './registry';
import type { ShortcutId } from './table';

export type ShortcutHandlers = Partial<Record<ShortcutId, Handler>>;

/** Registers `handlers` for as long as the component is mounted; the latest handlers run, without registering again. */
export function useShortcutHandlers(handlers: ShortcutHandlers): void {
  const latest = useRef(handlers);
  useEffect(() => {
    latest.current = handlers;
  });
  const ids = Object.keys(handlers).sort().join(' ');
  useEffect(() => {
    const stops = (ids ? (ids.split(' ') as ShortcutId[]) : []).map((id) =>
      shortcuts.on(id, (context) => {
        const handler = latest.current[id];
        return handler ? handler(context) : false;
      }),
    );
    return () => stops.forEach((stop) => stop());
  }, [ids]);
}

/** The element's scope is asked of `resolve` at each key press (presenter mode switches to the vote's keys at once). */
export function useShortcutScope(ref: RefObject<Element | null>, resolve: () => Scope): void {
  const latest = useRef(resolve);
  useEffect(() => {
    latest.current = resolve;
  });
  useEffect(() => {
    const element = ref.current;
    return element ? shortcuts.scope(element, () => latest.current()) : undefined;
  }, [ref]);
}
