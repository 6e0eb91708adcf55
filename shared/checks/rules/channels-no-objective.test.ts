// Tests for the channels.no_objective rule: cases where it fires and cases where it stays quiet.
import { describe, expect, it } from 'vitest';
import { card, input, link } from '../test-kit';
import { channelsNoObjective } from './channels-no-objective';

describe('channels.no_objective', () => {
  it('fires for a channel that serves nothing', () => {
    const c = card('channel', {}, '', 'c1');
    expect(channelsNoObjective.run(input({ cards: [c] }))[0]).toMatchObject({
      cardIds: ['c1'],
      quickFix: { kind: 'link_channel_objective' },
    });
  });
  it('stays quiet when the channel serves an objective', () => {
    const c = card('channel');
    const o = card('objective');
    expect(channelsNoObjective.run(input({ cards: [c, o], links: [link('serves', c, o)] }))).toEqual([]);
  });
});
