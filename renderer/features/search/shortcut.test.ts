// The card search's shortcut is Ctrl+F (Cmd on a Mac), and nothing else.
import { describe, expect, it } from 'vitest';
import { isSearchShortcut } from './shortcut';

const key = (over: Partial<Parameters<typeof isSearchShortcut>[0]>) => ({
  key: 'f',
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  altKey: false,
  ...over,
});

describe('isSearchShortcut', () => {
  it('takes Ctrl+F and Cmd+F, whatever the case of the key', () => {
    expect(isSearchShortcut(key({ ctrlKey: true }))).toBe(true);
    expect(isSearchShortcut(key({ metaKey: true, key: 'F' }))).toBe(true);
  });

  it('leaves plain F, Ctrl+Shift+F, Ctrl+Alt+F and Ctrl+G alone', () => {
    expect(isSearchShortcut(key({}))).toBe(false);
    expect(isSearchShortcut(key({ ctrlKey: true, shiftKey: true }))).toBe(false);
    expect(isSearchShortcut(key({ ctrlKey: true, altKey: true }))).toBe(false);
    expect(isSearchShortcut(key({ ctrlKey: true, key: 'g' }))).toBe(false);
  });
});
