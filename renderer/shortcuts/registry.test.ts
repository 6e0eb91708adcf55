// The registry: conflicts refused when the table is declared, scopes looked through innermost first, text fields respected.
import { describe, expect, it } from 'vitest';
import { defineShortcuts } from './registry';
import { key } from './testKey';

describe('defineShortcuts', () => {
  it('refuses two shortcuts on one chord in one scope, naming both', () => {
    expect(() =>
      defineShortcuts({
        undo: { keys: ['Mod+Z'], scopes: ['workshop'], label: 'a' },
        other: { keys: ['Ctrl+Z'], scopes: ['workshop'], label: 'b' },
      }),
    ).toThrow('Shortcut conflict in workshop: undo (Mod+Z) and other (Ctrl+Z)');
  });

  it('refuses a canvas key that would shadow a workshop key, since the canvas is inside the workshop', () => {
    expect(() =>
      defineShortcuts({
        find: { keys: ['Mod+F'], scopes: ['workshop'], label: 'a' },
        fit: { keys: ['Mod+F'], scopes: ['canvas'], label: 'b' },
      }),
    ).toThrow(/conflict in canvas: find .* and fit/);
  });

  it('refuses a digit that the vote already reads, and a shifted symbol typed with or without Shift', () => {
    expect(() =>
      defineShortcuts({ digit: { keys: ['Digit'], scopes: ['vote'], label: 'a' }, three: { keys: ['3'], scopes: ['vote'], label: 'b' } }),
    ).toThrow(/conflict/);
    expect(() =>
      defineShortcuts({
        help: { keys: ['?'], scopes: ['presenter'], label: 'a' },
        other: { keys: ['Shift+?'], scopes: ['presenter'], label: 'b' },
      }),
    ).toThrow(/conflict/);
  });

  it('allows one chord in scopes that are never active together, and chords that differ by a modifier', () => {
    const r = defineShortcuts({
      deselect: { keys: ['Escape'], scopes: ['workshop'], label: 'a' },
      leave: { keys: ['Escape'], scopes: ['presenter'], label: 'b' },
      undo: { keys: ['Mod+Z'], scopes: ['workshop'], label: 'c' },
      redo: { keys: ['Mod+Shift+Z'], scopes: ['workshop'], label: 'd' },
      paste: { keys: ['Mod+V'], scopes: ['canvas'], label: 'e' },
      vote: { keys: ['V'], scopes: ['canvas'], label: 'f' },
    });
    expect(r.ids).toHaveLength(6);
  });

  it('refuses an unknown modifier and an empty entry', () => {
    expect(() => defineShortcuts({ x: { keys: ['Hyper+X'], scopes: ['workshop'], label: 'a' } })).toThrow('Unknown modifier "Hyper"');
    expect(() => defineShortcuts({ x: { keys: [], scopes: ['workshop'], label: 'a' } })).toThrow('x has no keys');
    expect(() => defineShortcuts({ x: { keys: ['X'], scopes: [], label: 'a' } })).toThrow('x has no scope');
  });
});

describe('find', () => {
  const r = defineShortcuts({
    undo: { keys: ['Mod+Z'], scopes: ['workshop'], label: 'a' },
    search: { keys: ['Mod+F'], scopes: ['workshop', 'drawer'], label: 'b', whileTyping: true },
    create: { keys: ['N'], scopes: ['canvas'], label: 'c' },
    leave: { keys: ['Escape'], scopes: ['presenter'], label: 'd' },
    end: { keys: ['Escape'], scopes: ['vote'], label: 'e' },
  });

  it('finds the shortcut of the active scopes only', () => {
    expect(r.find(key('z', { ctrlKey: true }), ['workshop'], false)).toBe('undo');
    expect(r.find(key('z', { metaKey: true }), ['workshop'], false)).toBe('undo');
    expect(r.find(key('z', { ctrlKey: true }), ['presenter'], false)).toBeNull();
    expect(r.find(key('n'), ['workshop'], false)).toBeNull();
    expect(r.find(key('n'), ['canvas', 'workshop'], false)).toBe('create');
    expect(r.find(key('Escape'), ['presenter'], false)).toBe('leave');
    expect(r.find(key('Escape'), ['vote'], false)).toBe('end');
    expect(r.find(key('f', { ctrlKey: true }), ['drawer'], false)).toBe('search');
  });

  it('does not fire while typing in a field unless the shortcut is declared so', () => {
    expect(r.find(key('z', { ctrlKey: true }), ['workshop'], true)).toBeNull();
    expect(r.find(key('n'), ['canvas', 'workshop'], true)).toBeNull();
    expect(r.find(key('f', { ctrlKey: true }), ['workshop'], true)).toBe('search');
  });

  it('tells whether a key press is one of a shortcut chords', () => {
    expect(r.matches('search', key('F', { metaKey: true }))).toBe(true);
    expect(r.matches('search', key('f', { ctrlKey: true, shiftKey: true }))).toBe(false);
  });
});
