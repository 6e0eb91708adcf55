// Relative dates in both languages.
import { describe, expect, it } from 'vitest';
import { relativeTime } from './time';

const now = Date.UTC(2026, 4, 10, 12, 0, 0);

describe('relativeTime', () => {
  it('says "now" for the last minute and picks the largest fitting unit', () => {
    expect(relativeTime(now - 10_000, now, 'en')).toBe('this minute');
    expect(relativeTime(now - 5 * 60_000, now, 'en')).toBe('5 minutes ago');
    expect(relativeTime(now - 3 * 3600_000, now, 'en')).toBe('3 hours ago');
    expect(relativeTime(now - 24 * 3600_000, now, 'en')).toBe('yesterday');
    expect(relativeTime(now - 5 * 60_000, now, 'fr')).toBe('il y a 5 minutes');
  });
});
