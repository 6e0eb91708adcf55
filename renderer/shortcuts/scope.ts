// Which shortcut scopes are active for a key press, read from the page: the open dialog (presenter mode, the health
// check drawer, or another dialog that keeps its keys) or else the elements marked with a scope around the target.
import type { Scope } from './registry';

export const SCOPE_ATTRIBUTE = 'data-shortcut-scope';

export interface Layer {
  scope: Scope;
  /** The element that carries the scope (the canvas a key was pressed in, the presenter dialog...). */
  element: Element;
}

const SCOPES: readonly Scope[] = ['workshop', 'canvas', 'agenda', 'drawer', 'presenter', 'vote'];

function scopeOf(element: Element, dynamic: (el: Element) => Scope | undefined): Scope | null {
  const named = dynamic(element) ?? element.getAttribute(SCOPE_ATTRIBUTE);
  return SCOPES.includes(named as Scope) ? (named as Scope) : null;
}

/** The layers a key press goes through, innermost first. */
export function activeLayers(target: Element | null, doc: Document, dynamic: (el: Element) => Scope | undefined): Layer[] {
  const open = [...doc.querySelectorAll('dialog[open]')];
  // A dialog holds the keyboard: the one the key was typed in, else the last one opened over the page.
  const dialog = target?.closest('dialog[open]') ?? open[open.length - 1] ?? null;
  if (dialog) {
    const scope = scopeOf(dialog, dynamic);
    return scope ? [{ scope, element: dialog }] : [];
  }
  const layers: Layer[] = [];
  for (let el = target?.closest(`[${SCOPE_ATTRIBUTE}]`) ?? null; el; el = el.parentElement?.closest(`[${SCOPE_ATTRIBUTE}]`) ?? null) {
    const scope = scopeOf(el, dynamic);
    if (scope) layers.push({ scope, element: el });
  }
  layers.push({ scope: 'workshop', element: doc.body });
  return layers;
}
