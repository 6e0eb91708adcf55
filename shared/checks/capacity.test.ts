// Tests for the capacity estimate: production, moderation, defaults and the platform list as a parameter.
import { describe, expect, it } from 'vitest';
import { PLATFORMS, type Platform } from '../catalogue/platforms';
import { capacity, channelUpkeep } from './capacity';
import { card, input } from './test-kit';

describe('capacity', () => {
  it('adds production per cadence and moderation once per platform, against people’s hours', () => {
    const cards = [
      card('channel', { platform: 'instagram' }, '', 'ig1'),
      card('channel', { platform: 'Insta' }, '', 'ig2'), // same platform: moderation counted once
      card('channel', { platform: 'linkedin' }, '', 'li'),
      card('cadence', { platform: 'instagram', postsPerWeek: 3, format: 'carousel' }, '', 'k1'), // 3 × 90 min = 4.5 h
      card('cadence', { platform: 'linkedin', postsPerWeek: 2 }, '', 'k2'), // LinkedIn's first format, text post: 2 × 20 min
      card('person', { hoursPerWeek: 6 }, 'Léa', 'p1'),
      card('person', { hoursPerWeek: 4 }, '', 'p2'),
    ];
    const cap = capacity(input({ cards }));
    expect(cap.available).toBe(10);
    expect(cap.needed).toBeCloseTo(4.5 + 40 / 60 + 3 + 2);
    expect(cap.lines.filter((l) => l.kind === 'moderation').map((l) => l.cardId)).toEqual(['ig1', 'li']);
    expect(cap.lines.find((l) => l.cardId === 'k1')?.label.fr).toBe('Instagram : 3 × Carrousel (90 min) = 4,5 h');
  });
  it('uses defaults for unknown platforms and formats, and marks them estimated', () => {
    const cards = [
      card('channel', { platform: 'Mastodon' }, '', 'm'),
      card('cadence', { platform: 'Mastodon', postsPerWeek: 2, format: 'toot' }, '', 'k'),
    ];
    const cap = capacity(input({ cards }));
    expect(cap.needed).toBe(2 + 1);
    expect(cap.lines.every((l) => l.estimated)).toBe(true);
  });
  it('takes the platform list as a parameter', () => {
    const light: Platform[] = PLATFORMS.map((p) => ({ ...p, moderationHoursPerWeek: 0 }));
    const ws = input({ cards: [card('channel', { platform: 'x' })] });
    expect(capacity(ws, light).needed).toBe(0);
    expect(capacity(ws).needed).toBe(4);
  });
  it('computes a channel’s minimum upkeep from its platform', () => {
    // X: 4 h moderation + 7 text posts × 20 min.
    expect(channelUpkeep(card('channel', { platform: 'x' }), PLATFORMS)).toBeCloseTo(4 + 140 / 60);
    expect(channelUpkeep(card('channel', {}), PLATFORMS)).toBe(2);
  });
});
