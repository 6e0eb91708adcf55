// Tests for the channels.unmonitored rule: cases where it fires and cases where it stays quiet.
import { describe, expect, it } from 'vitest';
import { card, input, link } from '../test-kit';
import { channelsUnmonitored } from './channels-unmonitored';

describe('channels.unmonitored', () => {
  it('fires for a channel with a blank monitoredBy', () => {
    const c = card('channel', { platform: 'x', monitoredBy: ' ' }, '', 'c1');
    expect(channelsUnmonitored.run(input({ cards: [c] }))[0]).toMatchObject({ cardIds: ['c1'], field: 'monitoredBy' });
  });
  it('counts a named monitor or an owner link', () => {
    const named = card('channel', { monitoredBy: 'Léa' });
    const owned = card('channel');
    const who = card('person');
    expect(channelsUnmonitored.run(input({ cards: [named, owned, who], links: [link('owns', who, owned)] }))).toEqual([]);
  });
});
