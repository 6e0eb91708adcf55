// Form value conversions and local number checks.
import { describe, expect, it } from 'vitest';
import { asList, asNumberText, asText, listFromText, parseNumber, scaleSteps } from './values';

describe('values', () => {
  it('shows any stored value as text', () => {
    expect(asText('a')).toBe('a');
    expect(asText(3)).toBe('3');
    expect(asText(['a', 'b'])).toBe('a\nb');
    expect(asText(null)).toBe('');
    expect(asNumberText(2.5)).toBe('2.5');
    expect(asNumberText('x')).toBe('');
  });

  it('reads lists one item per line, without blanks', () => {
    expect(listFromText(' a \n\nb\r\n ')).toEqual(['a', 'b']);
    expect(asList(['a', 1, 'b'])).toEqual(['a', 'b']);
    expect(asList('solo')).toEqual(['solo']);
    expect(asList(null)).toEqual([]);
  });

  it('parses numbers with a comma, clears on empty, and checks the range', () => {
    expect(parseNumber('')).toEqual({ ok: true, value: null });
    expect(parseNumber('12,5')).toEqual({ ok: true, value: 12.5 });
    expect(parseNumber('abc')).toEqual({ ok: false, message: 'input.notANumber' });
    expect(parseNumber('-1', 0)).toEqual({ ok: false, message: 'input.min', vars: { min: 0 } });
    expect(parseNumber('101', 0, 100)).toEqual({ ok: false, message: 'input.max', vars: { max: 100 } });
  });

  it('lists scale steps and refuses ranges that are not scales', () => {
    expect(scaleSteps()).toEqual([1, 2, 3, 4, 5]);
    expect(scaleSteps(0, 3)).toEqual([0, 1, 2, 3]);
    expect(scaleSteps(1, 99)).toBeNull();
  });
});
