// Every interface string exists in French and in English, with the same placeholders, and none is empty.
import { describe, expect, it } from 'vitest';
import { en } from './en';
import { fr, type MessageKey } from './fr';
import { placeholders, translate, translateCount } from './translate';

describe('i18n', () => {
  it('has the same keys in both languages', () => {
    const frKeys = Object.keys(fr).sort();
    const enKeys = Object.keys(en).sort();
    expect(enKeys.filter((k) => !frKeys.includes(k))).toEqual([]);
    expect(frKeys.filter((k) => !enKeys.includes(k))).toEqual([]);
  });

  it('has no empty string and the same placeholders in both languages', () => {
    for (const key of Object.keys(fr) as MessageKey[]) {
      expect(fr[key].trim(), key).not.toBe('');
      expect(en[key].trim(), key).not.toBe('');
      expect(placeholders(en[key]), key).toEqual(placeholders(fr[key]));
    }
  });

  it('fills placeholders and leaves unknown ones visible', () => {
    expect(translate('fr', 'row.cards', { count: 3 })).toBe('3 cartes');
    expect(translate('en', 'board.add', { kind: 'Objective' })).toBe('Add: Objective');
    expect(translate('en', 'board.add')).toBe('Add: {kind}');
  });

  it('picks the singular where the language uses it', () => {
    expect(translateCount('fr', 'row.cards', 0)).toBe('0 carte');
    expect(translateCount('fr', 'row.cards', 1)).toBe('1 carte');
    expect(translateCount('fr', 'row.cards', 2)).toBe('2 cartes');
    expect(translateCount('en', 'row.cards', 0)).toBe('0 cards');
    expect(translateCount('en', 'row.cards', 1)).toBe('1 card');
    expect(translateCount('en', 'board.add', 1, { kind: 'Note' })).toBe('Add: Note');
  });
});
