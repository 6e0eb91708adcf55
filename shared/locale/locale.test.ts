// One locale module: each language's dates, numbers, money, shares and plural rule, as the interface and exports show them.
import { describe, expect, it } from 'vitest';
import {
  countWord,
  formatDate,
  formatDay,
  formatMoment,
  formatMoney,
  formatMonth,
  formatNumber,
  formatPercent,
  formatRelative,
  isSingular,
  textCollator,
} from '.';

const NBSP = '\u00a0';

describe('plural rule', () => {
  it('puts 0 and 1 in the singular in French, only 1 in English', () => {
    const fr = [0, 1, 2, 10].map((n) => `${n} ${countWord('fr', n, ['carte', 'cartes'])}`);
    const en = [0, 1, 2, 10].map((n) => `${n} ${countWord('en', n, ['card', 'cards'])}`);
    expect(fr).toEqual(['0 carte', '1 carte', '2 cartes', '10 cartes']);
    expect(en).toEqual(['0 cards', '1 card', '2 cards', '10 cards']);
    expect(isSingular('fr', 0)).toBe(true);
    expect(isSingular('en', 0)).toBe(false);
  });
});

describe('dates', () => {
  it('writes a calendar day as dd/mm/yyyy in both languages, never shifted by the time zone', () => {
    expect(formatDay('fr', '2026-12-06')).toBe('06/12/2026');
    expect(formatDay('en', '2026-12-06')).toBe('06/12/2026');
    expect(formatDay('fr', 'garbage')).toBe('garbage');
    expect(formatDay('fr', '2026-02-30')).toBe('2026-02-30');
  });

  it('writes a moment as the day and the local time', () => {
    const ms = new Date(2026, 11, 6, 14, 5).getTime();
    expect(formatMoment('fr', ms)).toBe('06/12/2026 14:05');
    expect(formatMoment('en', ms)).toBe('06/12/2026, 14:05');
  });

  it('writes a document date with the month abbreviated, and a month on its own', () => {
    expect(formatDate('fr', '2026-12-06')).toBe('6 déc. 2026');
    expect(formatDate('en', '2026-12-06')).toBe('6 Dec 2026');
    expect(formatDate('fr', null)).toBe('');
    expect(formatDate('en', 'soon')).toBe('soon');
    expect(formatMonth('fr', '2026-12-01')).toBe('décembre 2026');
    expect(formatMonth('en', '2026-12-01')).toBe('December 2026');
  });

  it('says how long ago in the largest fitting unit', () => {
    const now = Date.UTC(2026, 4, 10, 12);
    expect(formatRelative('en', now - 10_000, now)).toBe('this minute');
    expect(formatRelative('en', now - 24 * 3600_000, now)).toBe('yesterday');
    expect(formatRelative('fr', now - 5 * 60_000, now)).toBe('il y a 5 minutes');
  });
});

describe('numbers', () => {
  it('writes numbers, money and shares with each language marks, with a no-break space that every font has', () => {
    expect(formatNumber('fr', 1234.56)).toBe(`1${NBSP}234,6`);
    expect(formatNumber('en', 1234.56)).toBe('1,234.6');
    expect(formatNumber('fr', 2.125, 3)).toBe('2,125');
    expect(formatMoney('fr', 12000)).toBe(`12${NBSP}000${NBSP}€`);
    expect(formatMoney('en', 12000)).toBe('€12,000');
    expect(formatPercent('fr', 40)).toBe(`40${NBSP}%`);
    expect(formatPercent('en', 40)).toBe('40%');
  });
});

describe('sorting', () => {
  it('ignores accents and case and sorts numbers by value', () => {
    expect(['b', 'É', 'a10', 'a2'].sort(textCollator('fr').compare)).toEqual(['a2', 'a10', 'b', 'É']);
    expect(textCollator('fr').compare('été', 'Ete')).toBe(0);
  });
});
