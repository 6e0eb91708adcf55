// Chords: what a key press matches (Mod is Ctrl or Cmd, Shift counts for letters, not for '?'), and how it is shown.
import { describe, expect, it } from 'vitest';
import { ariaChord, keyCaps, matchesChord, parseChord, type KeyLike } from './chord';
import { key } from './testKey';

const hits = (chord: string, e: KeyLike) => matchesChord(parseChord(chord), e);

describe('matchesChord', () => {
  it('takes Mod as Ctrl or Cmd, and Ctrl as Ctrl only', () => {
    expect(hits('Mod+Z', key('z', { ctrlKey: true }))).toBe(true);
    expect(hits('Mod+Z', key('z', { metaKey: true }))).toBe(true);
    expect(hits('Mod+Z', key('z'))).toBe(false);
    expect(hits('Ctrl+Y', key('y', { ctrlKey: true }))).toBe(true);
    expect(hits('Ctrl+Y', key('y', { metaKey: true }))).toBe(false);
  });

  it('counts Shift and Alt on letters, and reads the letter in either case', () => {
    expect(hits('Mod+Shift+Z', key('Z', { ctrlKey: true, shiftKey: true }))).toBe(true);
    expect(hits('Mod+Z', key('Z', { ctrlKey: true, shiftKey: true }))).toBe(false);
    expect(hits('V', key('V'))).toBe(true);
    expect(hits('V', key('v', { altKey: true }))).toBe(false);
    expect(hits('V', key('v', { ctrlKey: true }))).toBe(false);
  });

  it('ignores Shift on symbols and digits, which some keyboards need Shift to type', () => {
    expect(hits('?', key('?', { shiftKey: true }))).toBe(true);
    expect(hits('+', key('+', { shiftKey: true }))).toBe(true);
    expect(hits('Digit', key('7', { shiftKey: true }))).toBe(true);
    expect(hits('Digit', key('a'))).toBe(false);
  });

  it('names Space and the named keys as the browser does', () => {
    expect(hits('Space', key(' '))).toBe(true);
    expect(hits('F5', key('F5'))).toBe(true);
    expect(hits('F5', key('F5', { ctrlKey: true }))).toBe(false);
    expect(hits('Shift+Tab', key('Tab', { shiftKey: true }))).toBe(true);
    expect(hits('Tab', key('Tab', { shiftKey: true }))).toBe(false);
  });
});

describe('display', () => {
  it('writes aria-keyshortcuts with both Ctrl and Cmd for Mod', () => {
    expect(ariaChord('Mod+F')).toBe('Control+F Meta+F');
    expect(ariaChord('Mod+Shift+D')).toBe('Control+Shift+D Meta+Shift+D');
    expect(ariaChord('F5')).toBe('F5');
  });

  it('gives key caps, named keys left to translation', () => {
    expect(keyCaps('Mod+Shift+P')).toEqual([{ name: 'ctrl' }, { name: 'shift' }, { text: 'P' }]);
    expect(keyCaps('ArrowRight')).toEqual([{ text: '→' }]);
    expect(keyCaps('Space')).toEqual([{ name: 'space' }]);
    expect(keyCaps('Digit')).toEqual([{ text: '0…9' }]);
    expect(keyCaps('PageUp')).toEqual([{ name: 'pageUp' }]);
  });
});
