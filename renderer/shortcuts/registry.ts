// The shortcut registry: a table of shortcuts checked for conflicts when it is declared, and the lookup of the one
// a key press means in the scopes that are active (pure: no DOM, no window).
import { matchesChord, parseChord, sameChord, type Chord, type KeyLike } from './chord';

/**
 * Where a shortcut applies. `workshop` is the window's own keys; `canvas` is inside it (a canvas key shadows a
 * workshop key, so the two may not share a chord), as is `agenda` (the list of steps); `drawer` is the health check drawer, which lets a few workshop
 * keys through; `presenter` and `vote` are presenter mode, without and with the keyboard vote open.
 */
export type Scope = 'workshop' | 'canvas' | 'agenda' | 'drawer' | 'presenter' | 'vote';

const PARENT: Partial<Record<Scope, Scope>> = { canvas: 'workshop', agenda: 'workshop' };

export interface ShortcutDef<Label extends string = string> {
  /** One or more chords: 'Mod+Shift+Z', 'F5', 'ArrowRight', 'Space', '?', 'Digit' (any of 0 to 9). */
  keys: readonly string[];
  scopes: readonly Scope[];
  /** The i18n key of what it does, in French and English. */
  label: Label;
  /** Fires in a text field too (Ctrl+F, F5...). By default a text field keeps its keys. */
  whileTyping?: boolean;
  /** Leaves the browser's default action (Esc, which also leaves full screen). */
  keepDefault?: boolean;
  /** Shown in the short list at the foot of presenter mode, not only in the full help. */
  brief?: boolean;
}

export interface Registry<Id extends string, Label extends string = string> {
  readonly table: Readonly<Record<Id, ShortcutDef<Label>>>;
  readonly ids: readonly Id[];
  /** The shortcut a key press means, looking through `scopes` innermost first; null when none. */
  find(event: KeyLike, scopes: readonly Scope[], typing: boolean): Id | null;
  /** True when the key press is one of this shortcut's chords (scope aside). */
  matches(id: Id, event: KeyLike): boolean;
}

/** The scope and the scopes it sits inside, innermost first. */
function ancestry(scope: Scope): Scope[] {
  const out: Scope[] = [scope];
  for (let p = PARENT[scope]; p; p = PARENT[p]) out.push(p);
  return out;
}

/** Where one key press could reach both scope lists (a shared scope, or the inner of two nested ones); null if nowhere. */
function overlap(a: readonly Scope[], b: readonly Scope[]): Scope | null {
  for (const x of a) {
    for (const y of b) {
      if (ancestry(x).includes(y)) return x;
      if (ancestry(y).includes(x)) return y;
    }
  }
  return null;
}

export function defineShortcuts<Id extends string, Label extends string>(table: Record<Id, ShortcutDef<Label>>): Registry<Id, Label> {
  const ids = Object.keys(table) as Id[];
  const chords = new Map<Id, Chord[]>();
  for (const id of ids) {
    const def = table[id];
    if (def.keys.length === 0) throw new Error(`Shortcut ${id} has no keys`);
    if (def.scopes.length === 0) throw new Error(`Shortcut ${id} has no scope`);
    chords.set(id, def.keys.map(parseChord));
  }
  // Conflicts are refused here, when the table is read, not discovered by a user pressing the key.
  ids.forEach((a, i) => {
    for (const b of ids.slice(i + 1)) {
      const scope = overlap(table[a].scopes, table[b].scopes);
      if (!scope) continue;
      chords.get(a)!.forEach((ca, ia) => {
        const ib = chords.get(b)!.findIndex((cb) => sameChord(ca, cb));
        if (ib >= 0) throw new Error(`Shortcut conflict in ${scope}: ${a} (${table[a].keys[ia]}) and ${b} (${table[b].keys[ib]})`);
      });
    }
  });
  const matches = (id: Id, event: KeyLike) => chords.get(id)!.some((c) => matchesChord(c, event));
  return {
    table,
    ids,
    matches,
    find(event, scopes, typing) {
      for (const scope of scopes) {
        for (const id of ids) {
          const def = table[id];
          if (!def.scopes.includes(scope) || (typing && !def.whileTyping)) continue;
          if (matches(id, event)) return id;
        }
      }
      return null;
    },
  };
}
