// Tests for the channels.no_target rule: cases where it fires and cases where it stays quiet.
import { describe, expect, it } from 'vitest';
import { card, input, link } from '../test-kit';
import { channelsNoTarget } from './channels-no-target';

describe('channels.no_target', () => {
  it('fires for a channel with no reaches link', () => {
    const c = card('channel', { platform: 'instagram' }, '', 'c1');
    expect(channelsNoTarget.run(input({ cards: [c] }))[0]).toMatchObject({
      cardIds: ['c1'],
      quickFix: { kind: 'link_channel_target', channelId: 'c1' },
    });
  });
  it('stays quiet when the channel reaches a persona', () => {
    const c = card('channel');
    const p = card('persona');
    expect(channelsNoTarget.run(input({ cards: [c, p], links: [link('reaches', c, p)] }))).toEqual([]);
  });
});
