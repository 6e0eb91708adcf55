// Tests for the content.no_value rule: cases where it fires and cases where it stays quiet.
import { describe, expect, it } from 'vitest';
import { card, input } from '../test-kit';
import { contentNoValue } from './content-no-value';

describe('content.no_value', () => {
  it('fires when every stated share is zero, and when none is stated', () => {
    const zero = contentNoValue.run(input({ cards: [card('pillar', { valueShare: 0 }, '', 'a'), card('pillar', {}, '', 'b')] }));
    expect(zero[0]).toMatchObject({ cardIds: ['a', 'b'], field: 'valueShare' });
    expect(zero[0]?.message.en).toContain('everything is commercial');
    const unstated = contentNoValue.run(input({ cards: [card('pillar')] }));
    expect(unstated[0]?.message.en).toContain('No pillar says');
  });
  it('stays quiet when one pillar brings value, or when there is no pillar', () => {
    expect(contentNoValue.run(input({ cards: [card('pillar', { valueShare: 0 }), card('pillar', { valueShare: 80 })] }))).toEqual([]);
    expect(contentNoValue.run(input())).toEqual([]);
  });
});
