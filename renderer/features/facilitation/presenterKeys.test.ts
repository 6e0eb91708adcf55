// Tests for the keyboard maps: the workshop screen's shortcuts and presenter mode, with and without the vote open.
import { describe, expect, it } from 'vitest';
import { presenterCommand, screenCommand, type KeyLike } from './presenterKeys';

const key = (k: string, over: Partial<KeyLike> = {}): KeyLike => ({
  key: k,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  altKey: false,
  ...over,
});
const type = (k: KeyLike, voting = false) => presenterCommand(k, voting)?.type ?? null;

describe('workshop screen shortcuts', () => {
  it('opens presenter mode with F5 and the parking lot with Ctrl+Shift+P', () => {
    expect(screenCommand(key('F5'))).toBe('present');
    expect(screenCommand(key('F5', { ctrlKey: true }))).toBeNull();
    expect(screenCommand(key('P', { ctrlKey: true, shiftKey: true }))).toBe('park');
    expect(screenCommand(key('p', { metaKey: true, shiftKey: true }))).toBe('park');
    expect(screenCommand(key('p', { ctrlKey: true }))).toBeNull();
  });
});

describe('presenter mode', () => {
  it('moves between steps, runs the timer, adds time, votes, leaves', () => {
    expect(type(key('ArrowRight'))).toBe('next');
    expect(type(key('PageDown'))).toBe('next');
    expect(type(key('ArrowLeft'))).toBe('previous');
    expect(type(key('PageUp'))).toBe('previous');
    expect(type(key(' '))).toBe('toggleTimer');
    expect(type(key('+'))).toBe('addTime');
    expect(type(key('v'))).toBe('vote');
    expect(type(key('V', { shiftKey: true }))).toBe('vote');
    expect(type(key('Escape'))).toBe('leave');
    expect(type(key('?'))).toBe('help');
    expect(type(key('5'))).toBeNull();
    expect(type(key('ArrowRight', { altKey: true }))).toBeNull();
  });

  it('keeps undo, redo and the parking lot under Ctrl', () => {
    expect(type(key('z', { ctrlKey: true }))).toBe('undo');
    expect(type(key('Z', { ctrlKey: true, shiftKey: true }))).toBe('redo');
    expect(type(key('y', { ctrlKey: true }))).toBe('redo');
    expect(type(key('P', { ctrlKey: true, shiftKey: true }))).toBe('park');
    expect(type(key('v', { ctrlKey: true }))).toBeNull();
  });

  it('reads a card number, Enter, Tab and Shift+Tab while the vote is open', () => {
    expect(presenterCommand(key('7'), true)).toEqual({ type: 'digit', digit: '7' });
    expect(type(key('Backspace'), true)).toBe('backspace');
    expect(type(key('Enter'), true)).toBe('cast');
    expect(type(key('Tab'), true)).toBe('nextVoter');
    expect(type(key('Tab', { shiftKey: true }), true)).toBe('previousVoter');
    expect(type(key('c'), true)).toBe('closeRound');
    expect(type(key('Escape'), true)).toBe('endVote');
    expect(type(key('v'), true)).toBe('endVote');
    expect(type(key(' '), true)).toBe('toggleTimer');
    expect(type(key('ArrowRight'), true)).toBe('next');
    expect(type(key('+'), true)).toBeNull();
  });
});
