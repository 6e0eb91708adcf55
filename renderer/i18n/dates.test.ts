// Dates in the interface's language: dd/mm/yyyy in French, a calendar day never shifted by the time zone.
import { describe, expect, it } from 'vitest';
import { formatDay, formatMoment } from './dates';

describe('formatDay', () => {
  it('writes a calendar day as dd/mm/yyyy in French and in English', () => {
    expect(formatDay('2026-03-01', 'fr')).toBe('01/03/2026');
    expect(formatDay('2026-12-31', 'en')).toBe('31/12/2026');
  });

  it('returns what is not a YYYY-MM-DD day as it came', () => {
    expect(formatDay('garbage', 'fr')).toBe('garbage');
    expect(formatDay('', 'fr')).toBe('');
  });
});

describe('formatMoment', () => {
  it('writes the day as dd/mm/yyyy followed by the local time', () => {
    const ms = new Date(2026, 2, 1, 14, 5).getTime();
    expect(formatMoment(ms, 'fr')).toMatch(/^01\/03\/2026\D+14:05$/);
    expect(formatMoment(ms, 'en')).toMatch(/^01\/03\/2026\D+14:05$/);
  });
});
