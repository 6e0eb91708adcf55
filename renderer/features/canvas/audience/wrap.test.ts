import { describe, expect, it } from 'vitest';
import { wrapLines } from './wrap';

/** One unit a character: a line of `max` holds `max` characters. */
const mono = (text: string) => text.length;

describe('wrapLines', () => {
  it('fills each line with as many words as fit, as the browser wraps', () => {
    expect(wrapLines('Validation sous 24 h', 10, mono)).toEqual(['Validation', 'sous 24 h']);
    expect(wrapLines('aaa bbb ccc', 7, mono)).toEqual(['aaa bbb', 'ccc']);
    expect(wrapLines('aaa bbb ccc', 11, mono)).toEqual(['aaa bbb ccc']);
  });

  it('breaks a word longer than a line where it must, on a line of its own', () => {
    expect(wrapLines('ab abcdefghij', 4, mono)).toEqual(['ab', 'abcd', 'efgh', 'ij']);
  });

  it('keeps words joined by a no-break space together, and counts an empty title as one line', () => {
    expect(wrapLines('Crise\u00a0: alerte', 7, mono)).toEqual(['Crise\u00a0:', 'alerte']);
    expect(wrapLines('', 10, mono)).toEqual(['']);
  });

  it('never starts a line with a colon or a closing mark, nor ends one with an opening mark, as the browser', () => {
    expect(wrapLines('Lancement : Instagram', 12, mono)).toEqual(['Lancement :', 'Instagram']);
    expect(wrapLines('Vraiment ? Oui', 10, mono)).toEqual(['Vraiment ?', 'Oui']);
    expect(wrapLines('dit « oui » ici', 7, mono)).toEqual(['dit', '« oui »', 'ici']);
  });

  it('starts a new line at a line break, and never counts the spaces between words twice', () => {
    expect(wrapLines('un\ndeux  trois', 20, mono)).toEqual(['un', 'deux trois']);
  });
});
