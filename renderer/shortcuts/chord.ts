// Key chords as the shortcut table writes them ('Mod+Shift+Z', 'F5', '?', 'Digit'): parsing, matching a key event, display.
export interface KeyLike {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
}

/** A parsed chord. `mod` is Ctrl on Windows and Linux, Cmd on a Mac: either is accepted. */
export interface Chord {
  key: string;
  mod: boolean;
  ctrl: boolean;
  shift: boolean;
  alt: boolean;
}

const MODIFIERS = new Set(['Mod', 'Ctrl', 'Shift', 'Alt']);
/** Names a chord may use for keys whose event `key` is not their name. */
const KEY_NAMES: Record<string, string> = { Space: ' ' };
/** 'Digit' stands for any of 0 to 9 (the keyboard vote types card numbers). */
export const DIGIT = 'Digit';

export function parseChord(text: string): Chord {
  const parts = text.split('+');
  // '+' alone, or as the last part after a modifier ('Shift++'), is the plus key.
  const key = text.endsWith('++') || text === '+' ? '+' : parts[parts.length - 1]!;
  const mods = text === '+' ? [] : parts.slice(0, text.endsWith('++') ? -2 : -1);
  for (const m of mods) if (!MODIFIERS.has(m)) throw new Error(`Unknown modifier "${m}" in shortcut "${text}"`);
  if (key === '') throw new Error(`Shortcut "${text}" names no key`);
  return {
    key: KEY_NAMES[key] ?? (key.length === 1 ? key.toLowerCase() : key),
    mod: mods.includes('Mod'),
    ctrl: mods.includes('Ctrl'),
    shift: mods.includes('Shift'),
    alt: mods.includes('Alt'),
  };
}

/** A character typed with Shift on some layouts ('?', '+', digits on a French keyboard): Shift is then part of typing it. */
function shiftFree(key: string): boolean {
  return key === DIGIT || (key.length === 1 && key !== ' ' && key.toLowerCase() === key.toUpperCase());
}

const ctrlStates = (c: Chord): string[] => (c.mod ? ['ctrl', 'meta'] : c.ctrl ? ['ctrl'] : ['none']);
const isDigit = (key: string) => /^[0-9]$/.test(key);

export function matchesChord(chord: Chord, e: KeyLike): boolean {
  const key = e.key.length === 1 ? e.key.toLowerCase() : e.key;
  if (chord.key === DIGIT ? !isDigit(key) : chord.key !== key) return false;
  if (e.altKey !== chord.alt) return false;
  if (chord.mod ? !(e.ctrlKey || e.metaKey) : chord.ctrl ? !e.ctrlKey || e.metaKey : e.ctrlKey || e.metaKey) return false;
  return shiftFree(chord.key) || e.shiftKey === chord.shift;
}

/** Two chords that one key press can match both of. */
export function sameChord(a: Chord, b: Chord): boolean {
  const keyClash = a.key === b.key || (a.key === DIGIT && isDigit(b.key)) || (b.key === DIGIT && isDigit(a.key));
  const ctrlClash = ctrlStates(a).some((s) => ctrlStates(b).includes(s));
  const shiftClash = a.shift === b.shift || shiftFree(a.key) || shiftFree(b.key);
  return keyClash && a.alt === b.alt && ctrlClash && shiftClash;
}

/** The chord as `aria-keyshortcuts` wants it: 'Mod+F' gives 'Control+F Meta+F'. */
export function ariaChord(text: string): string {
  const c = parseChord(text);
  const key = c.key === ' ' ? 'Space' : c.key.length === 1 ? c.key.toUpperCase() : c.key;
  const rest = [c.alt ? 'Alt' : '', c.shift ? 'Shift' : '', key].filter(Boolean).join('+');
  if (c.mod) return `Control+${rest} Meta+${rest}`;
  return c.ctrl ? `Control+${rest}` : rest;
}

/** The words shown on key caps, before translation: named keys stay as names the i18n table translates. */
export type KeyCap =
  | { text: string }
  | { name: 'ctrl' | 'shift' | 'alt' | 'space' | 'escape' | 'enter' | 'delete' | 'backspace' | 'tab' | 'pageUp' | 'pageDown' };

const SYMBOLS: Record<string, string> = {
  ArrowRight: '→',
  ArrowLeft: '←',
  ArrowUp: '↑',
  ArrowDown: '↓',
  [DIGIT]: '0…9',
};
const NAMED: Record<string, KeyCap> = {
  ' ': { name: 'space' },
  Escape: { name: 'escape' },
  Enter: { name: 'enter' },
  Delete: { name: 'delete' },
  Backspace: { name: 'backspace' },
  Tab: { name: 'tab' },
  PageUp: { name: 'pageUp' },
  PageDown: { name: 'pageDown' },
};

export function keyCaps(text: string): KeyCap[] {
  const c = parseChord(text);
  const caps: KeyCap[] = [];
  if (c.mod || c.ctrl) caps.push({ name: 'ctrl' });
  if (c.alt) caps.push({ name: 'alt' });
  if (c.shift) caps.push({ name: 'shift' });
  caps.push(NAMED[c.key] ?? { text: SYMBOLS[c.key] ?? (c.key.length === 1 ? c.key.toUpperCase() : c.key) });
  return caps;
}
