// Giving the focus back where it was when a dialog or the presentation closes, and looking as it did: a focus ring
// only if the element had reached the focus from the keyboard. Focus given by script (or by the closing dialog itself)
// after a key press (Esc) would otherwise show as keyboard focus, and what opens on keyboard focus (the agenda rail on
// a narrow screen) would open over the board.

/** Elements that got the focus from the keyboard (Tab, arrows), not from a click. */
const byKeyboard = new WeakSet<Element>();
let keyLast = false;
let tracking = false;

/**
 * Notes how each element gets the focus. `:focus-visible` cannot say it once the dialog opens: the key that opened it
 * (F5) already turned the ring on for the button clicked before.
 */
function track(): void {
  if (tracking || typeof document === 'undefined') return;
  tracking = true;
  document.addEventListener('keydown', () => (keyLast = true), true);
  document.addEventListener('pointerdown', () => (keyLast = false), true);
  document.addEventListener(
    'focusin',
    (event) => {
      if (!(event.target instanceof Element)) return;
      if (keyLast) byKeyboard.add(event.target);
      else byKeyboard.delete(event.target);
    },
    true,
  );
}
// From the first screen on, before any dialog opens.
track();

/**
 * Call when the dialog opens; the answer gives the focus back when it closes. `unlessMoved`: not when something other
 * than the page or that element already has the focus (a finding that sent the user to its field).
 */
export function rememberFocus(): (unlessMoved?: boolean) => void {
  const before = document.activeElement instanceof HTMLElement ? document.activeElement : null;
  const visible = before ? byKeyboard.has(before) : false;
  return (unlessMoved = false) => {
    if (!before?.isConnected) return;
    const now = document.activeElement;
    if (unlessMoved && now && now !== document.body && now !== before) return;
    if (now === before) {
      if (before.matches(':focus-visible') === visible) return;
      // Focused again, the element keeps the look it had: only a new focus takes the one asked.
      before.blur();
    }
    // `focusVisible` is not yet in TypeScript's DOM types.
    const options: FocusOptions & { focusVisible?: boolean } = { focusVisible: visible };
    before.focus(options);
  };
}
