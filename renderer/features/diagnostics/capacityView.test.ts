// The capacity gauge's figures: over or spare, bar widths against the larger total, lines by kind, hours per language.
import { describe, expect, it } from 'vitest';
import type { CapacityLine } from '../../../shared/checks';
import { formatHours, gaugeOf, linesByKind } from './capacityView';

const line = (kind: CapacityLine['kind'], hours: number, cardId = `${kind}-${hours}`): CapacityLine => ({
  kind,
  cardId,
  hours,
  estimated: false,
  label: { fr: '', en: '' },
});

describe('gaugeOf', () => {
  it('is over when the plan needs more than the team has, and scales the bars on the larger figure', () => {
    expect(gaugeOf({ needed: 20, available: 10 })).toEqual({
      needed: 20,
      available: 10,
      over: true,
      gap: 10,
      neededWidth: 100,
      availableWidth: 50,
      empty: false,
    });
  });

  it('shows the spare hours when the team has enough, and nothing to compare when both are zero', () => {
    expect(gaugeOf({ needed: 6, available: 8 })).toMatchObject({ over: false, gap: 2, neededWidth: 75, availableWidth: 100 });
    expect(gaugeOf({ needed: 0, available: 0 })).toMatchObject({ empty: true, over: false, neededWidth: 0 });
  });
});

describe('linesByKind', () => {
  it('groups lines by kind in a fixed order, heaviest first, with totals', () => {
    const groups = linesByKind([line('available', 4), line('production', 1), line('production', 3), line('available', 10)]);
    expect(groups.map((g) => [g.kind, g.total, g.lines.map((l) => l.hours)])).toEqual([
      ['production', 4, [3, 1]],
      ['available', 14, [10, 4]],
    ]);
  });
});

describe('formatHours', () => {
  it('keeps one decimal at most, with each language’s decimal mark', () => {
    expect(formatHours(15.75, 'fr')).toBe('15,8');
    expect(formatHours(15.75, 'en')).toBe('15.8');
    expect(formatHours(2, 'fr')).toBe('2');
  });
});
