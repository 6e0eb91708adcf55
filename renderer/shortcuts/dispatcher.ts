// The one keydown listener of a window: finds the shortcut a key press means (registry + active scopes) and runs the
// handler the mounted screen registered for it. Handlers come and go with the components that own them.
import type { Registry, Scope } from './registry';
import { activeLayers } from './scope';
import { isTypingTarget } from './typing';

export interface ShortcutContext {
  event: KeyboardEvent;
  /** The element of the scope it fired in (the canvas, the presenter dialog, the page's body). */
  element: Element;
}

/** Returns false when the press is not for it (another canvas, nothing selected): the key then does its default. */
export type Handler = (context: ShortcutContext) => boolean | void;

export interface Dispatcher<Id extends string> {
  on(id: Id, handler: Handler): () => void;
  /** A scope decided as keys arrive (the vote opened by one key takes the next, before React draws again). */
  scope(element: Element, resolve: () => Scope): () => void;
  /** Handles one key press; true when a shortcut ran. */
  handle(event: KeyboardEvent): boolean;
  /** Installs the window's listener; returns its removal. */
  listen(target: Window): () => void;
}

export function createDispatcher<Id extends string>(registry: Registry<Id>): Dispatcher<Id> {
  const handlers = new Map<Id, Handler[]>();
  const dynamic = new Map<Element, () => Scope>();

  const run = (id: Id, context: ShortcutContext): boolean => {
    // The latest registered first: a screen opened over another takes the key.
    for (const handler of [...(handlers.get(id) ?? [])].reverse()) if (handler(context) !== false) return true;
    return false;
  };

  const handle = (event: KeyboardEvent): boolean => {
    // A field's own handler (Enter in the card editor, Esc in a rename) took the key first.
    if (event.defaultPrevented) return false;
    const target = event.target instanceof Element ? event.target : null;
    const doc = target?.ownerDocument ?? document;
    const layers = activeLayers(target, doc, (el) => dynamic.get(el)?.());
    const typing = isTypingTarget(target as HTMLElement | null);
    for (const layer of layers) {
      const id = registry.find(event, [layer.scope], typing);
      if (!id || !run(id, { event, element: layer.element })) continue;
      if (!registry.table[id].keepDefault) event.preventDefault();
      return true;
    }
    return false;
  };

  return {
    on(id, handler) {
      handlers.set(id, [...(handlers.get(id) ?? []), handler]);
      return () =>
        handlers.set(
          id,
          (handlers.get(id) ?? []).filter((h) => h !== handler),
        );
    },
    scope(element, resolve) {
      dynamic.set(element, resolve);
      return () => {
        if (dynamic.get(element) === resolve) dynamic.delete(element);
      };
    },
    handle,
    listen(target) {
      const listener = (event: KeyboardEvent) => void handle(event);
      target.addEventListener('keydown', listener);
      return () => target.removeEventListener('keydown', listener);
    },
  };
}
