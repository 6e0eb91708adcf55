// Tests for the measurement.timeframe_too_short rule: cases where it fires and cases where it stays quiet.
import { describe, expect, it } from 'vitest';
import { card, input } from '../test-kit';
import { measurementTimeframeTooShort } from './measurement-timeframe-too-short';

describe('measurement.timeframe_too_short', () => {
  it('fires for a KPI expected within three months', () => {
    const [f] = measurementTimeframeTooShort.run(input({ cards: [card('kpi', { timeframeMonths: 3 }, 'Followers', 'k')] }));
    expect(f).toMatchObject({ cardIds: ['k'], field: 'timeframeMonths', step: 'measurement' });
  });
  it('accepts six months, and a KPI with no timeframe', () => {
    expect(measurementTimeframeTooShort.run(input({ cards: [card('kpi', { timeframeMonths: 6 }), card('kpi')] }))).toEqual([]);
  });
});
