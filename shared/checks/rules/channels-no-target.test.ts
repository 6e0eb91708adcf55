// Tests for the channels.no_target rule: cases where it fires and cases where it stays quiet.
import { describe, expect, it } from 'vitest';
import { card, input, link } from '../test-kit';
import { channelsNoTarget } from './channels-no-target';

describe('channels.no_target', () => {
  it('fires for a channel with no reaches link', () => {
    const c = card('channel', { platform: 'instagram' }, '', 'c1');
    expect(channelsNoTarget.run(input({ cards: [c] }))[0]).toMatchObject({
      cardIds: ['c1'],
      quickFix: { kind: 'link_channel_target', channelIds: ['c1'] },
    });
  });
  it('gives one finding naming every loose channel, with a quick fix on the whole list', () => {
    const cards = ['Instagram', 'Facebook', 'LinkedIn', 'TikTok'].map((t, i) => card('channel', {}, t, `c${i}`));
    const found = channelsNoTarget.run(input({ cards }));
    expect(found).toHaveLength(1);
    expect(found[0]?.message.en).toBe('4 channels reach no target: “Instagram”, “Facebook”, “LinkedIn” and “TikTok”.');
    expect(found[0]?.message.fr).toBe('4 canaux ne touchent aucune cible : « Instagram », « Facebook », « LinkedIn » et « TikTok ».');
    expect(found[0]?.quickFix).toEqual({ kind: 'link_channel_target', channelIds: ['c0', 'c1', 'c2', 'c3'] });
  });
  it('stays quiet when the channel reaches a persona', () => {
    const c = card('channel');
    const p = card('persona');
    expect(channelsNoTarget.run(input({ cards: [c, p], links: [link('reaches', c, p)] }))).toEqual([]);
  });
});
