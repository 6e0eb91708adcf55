// Tests for the capacity.over rule: cases where it fires and cases where it stays quiet.
import { describe, expect, it } from 'vitest';
import { card, input } from '../test-kit';
import { capacityOver } from './capacity-over';

describe('capacity.over', () => {
  const cards = [card('channel', { platform: 'instagram' }), card('cadence', { platform: 'instagram', postsPerWeek: 5, format: 'reel' })];

  it('fires as a blocker when the plan needs more hours than the team has, naming the heaviest item', () => {
    // 5 reels × 120 min = 10 h, plus 3 h of moderation: 13 h needed.
    const [f] = capacityOver.run(input({ cards: [...cards, card('person', { hoursPerWeek: 8 })] }));
    expect(f?.severity).toBe('blocker');
    expect(f?.message.en).toContain('needs 13 h a week; the team has 8');
    expect(f?.message.en).toContain('Instagram: 5 × Short video');
  });
  it('stays quiet when the hours suffice, or when none are recorded', () => {
    expect(capacityOver.run(input({ cards: [...cards, card('person', { hoursPerWeek: 13 })] }))).toEqual([]);
    expect(capacityOver.run(input({ cards }))).toEqual([]);
  });
});
