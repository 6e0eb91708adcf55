// Tests for the content.cadence_low rule: cases where it fires and cases where it stays quiet.
import { describe, expect, it } from 'vitest';
import { answer, card, input } from '../test-kit';
import { contentCadenceLow } from './content-cadence-low';

describe('content.cadence_low', () => {
  it('fires when the posts planned on a platform are under its minimum (S4: 1-2 a week is not enough)', () => {
    const ig = card('channel', { platform: 'instagram' }, '', 'ig');
    const k1 = card('cadence', { platform: 'Instagram', postsPerWeek: 1 }, '', 'k1');
    const k2 = card('cadence', { platform: 'insta', postsPerWeek: 1 }, '', 'k2');
    const [f] = contentCadenceLow.run(input({ cards: [ig, k1, k2] }));
    expect(f).toMatchObject({ cardIds: ['ig', 'k1', 'k2'], field: 'postsPerWeek' });
    expect(f?.message.en).toContain('2 on Instagram (minimum');
  });
  it('fires with a quick fix when a channel has no cadence at all', () => {
    const [f] = contentCadenceLow.run(input({ cards: [card('channel', { platform: 'linkedin' }, '', 'li')] }));
    expect(f?.quickFix).toMatchObject({ kind: 'add_card', cardKind: 'cadence', fields: { platform: 'linkedin' } });
  });
  it('stays quiet at the minimum, and for a platform with no known minimum', () => {
    const cards = [
      card('channel', { platform: 'youtube' }),
      card('cadence', { platform: 'youtube', postsPerWeek: 1 }),
      card('channel', { platform: 'Mastodon' }),
    ];
    expect(contentCadenceLow.run(input({ cards }))).toEqual([]);
  });
  it('reads the all-channel posts answer for channels with no cadence card', () => {
    const li = card('channel', { platform: 'linkedin' }, '', 'li');
    expect(contentCadenceLow.run(input({ cards: [li], answers: [answer('content.postsPerWeek', 10)] }))).toEqual([]);
    const [low] = contentCadenceLow.run(input({ cards: [li], answers: [answer('content.postsPerWeek', 0.5)] }));
    expect(low?.message.en).toContain('0.5 posts a week for LinkedIn');
    // Each language's own plural: French puts 0.5 in the singular.
    expect(low?.message.fr).toContain('0,5 publication par semaine pour LinkedIn');
  });
});
