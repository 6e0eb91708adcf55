// Tests for the channels.unknown_platform rule: cases where it fires and cases where it stays quiet.
import { describe, expect, it } from 'vitest';
import type { Platform } from '../../catalogue/platforms';
import { PLATFORMS } from '../../catalogue/platforms';
import { card, input } from '../test-kit';
import { channelsUnknownPlatform } from './channels-unknown-platform';

describe('channels.unknown_platform', () => {
  it('fires as a tip for a platform outside the list, and for a blank one', () => {
    const found = channelsUnknownPlatform.run(
      input({ cards: [card('channel', { platform: 'Mastodon' }, '', 'a'), card('channel', {}, '', 'b')] }),
    );
    expect(found.map((f) => f.severity)).toEqual(['tip']);
    expect(found[0]?.cardIds).toEqual(['a', 'b']);
    expect(found[0]?.message.en).toContain('2 channels');
  });
  it('recognises names and aliases, and a platform added to the workshop’s list', () => {
    const mastodon: Platform = { ...PLATFORMS[0]!, id: 'mastodon', name: 'Mastodon', aliases: [] };
    const cards = [
      card('channel', { platform: 'Twitter' }),
      card('channel', { platform: 'Google My Business' }),
      card('channel', { platform: 'mastodon' }),
    ];
    expect(channelsUnknownPlatform.run(input({ cards, platforms: [...PLATFORMS, mastodon] }))).toEqual([]);
  });
});
