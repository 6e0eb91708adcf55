// Tests for the channels.none rule: cases where it fires and cases where it stays quiet.
import { describe, expect, it } from 'vitest';
import { card, input } from '../test-kit';
import { channelsNone } from './channels-none';

describe('channels.none', () => {
  it('fires as a blocker with no channel', () => {
    expect(channelsNone.run(input())[0]).toMatchObject({ severity: 'blocker', step: 'channels' });
  });
  it('stays quiet with a channel', () => {
    expect(channelsNone.run(input({ cards: [card('channel', { platform: 'linkedin' })] }))).toEqual([]);
  });
});
