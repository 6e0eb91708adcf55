// Tests for the channels.too_many rule: cases where it fires and cases where it stays quiet.
import { describe, expect, it } from 'vitest';
import { capacity } from '../capacity';
import { card, input, link } from '../test-kit';
import { channelsTooMany } from './channels-too-many';

describe('channels.too_many', () => {
  const persona = card('persona', { whereOnline: ['facebook'] }, '', 'p');
  const objective = card('objective', { type: 'community' }, '', 'o');
  const fb = card('channel', { platform: 'facebook', monitoredBy: 'Ana' }, 'Facebook page', 'fb');
  const x = card('channel', { platform: 'twitter' }, 'X account', 'x');
  const links = [link('reaches', fb, persona), link('serves', fb, objective)];

  it('fires when the channels’ minimum upkeep exceeds the hours, and suggests dropping the weakest', () => {
    // Hours between what the plan needs (moderation only) and the minimum upkeep: capacity.over stays quiet, this speaks.
    const bare = capacity(input({ cards: [fb, x] }));
    expect(bare.upkeep).toBeGreaterThan(bare.needed);
    const cards = [persona, objective, fb, x, card('person', { hoursPerWeek: (bare.needed + bare.upkeep) / 2 })];
    const [f] = channelsTooMany.run(input({ cards, links }));
    expect(f).toMatchObject({ cardIds: ['fb', 'x'], quickFix: { kind: 'remove_channel', channelId: 'x' } });
    expect(f?.fix.en).toContain('“X account”');
  });
  it('stays quiet when the team has the hours, or when no hours are recorded', () => {
    expect(channelsTooMany.run(input({ cards: [persona, objective, fb, x, card('person', { hoursPerWeek: 30 })], links }))).toEqual([]);
    expect(channelsTooMany.run(input({ cards: [fb, x] }))).toEqual([]);
    // Over even on the plan itself: capacity.over gives the one figure, this rule stays quiet.
    expect(channelsTooMany.run(input({ cards: [fb, x, card('person', { hoursPerWeek: 0.5 })] }))).toEqual([]);
  });
});
