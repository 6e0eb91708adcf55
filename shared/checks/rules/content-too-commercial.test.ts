// Tests for the content.too_commercial rule: cases where it fires and cases where it stays quiet.
import { describe, expect, it } from 'vitest';
import { card, input } from '../test-kit';
import { contentTooCommercial } from './content-too-commercial';

describe('content.too_commercial', () => {
  it('fires when the average value share is under 30 %, naming the commercial pillars', () => {
    const cards = [card('pillar', { valueShare: 10 }, '', 'a'), card('pillar', { valueShare: 40 }, '', 'b')];
    const [f] = contentTooCommercial.run(input({ cards }));
    expect(f?.cardIds).toEqual(['a']);
    expect(f?.message.en).toContain('75%');
    expect(f?.message.fr).toContain('75 %');
  });
  it('accepts exactly 30 %, and leaves 0 % to content.no_value', () => {
    expect(contentTooCommercial.run(input({ cards: [card('pillar', { valueShare: 30 })] }))).toEqual([]);
    expect(contentTooCommercial.run(input({ cards: [card('pillar', { valueShare: 0 })] }))).toEqual([]);
  });
});
