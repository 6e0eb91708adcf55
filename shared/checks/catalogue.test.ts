// Tests for the platform and format catalogue: completeness, the articles' facts, lookup by name and alias.
import { describe, expect, it } from 'vitest';
import { OBJECTIVE_TYPES } from '../model';
import { FORMATS, findFormat } from '../catalogue/formats';
import { BUILTIN_PLATFORM_IDS, PLATFORMS, findPlatform } from '../catalogue/platforms';

describe('platform and format catalogue', () => {
  it('holds the 13 built-in platforms, with valid formats, objective types and sources', () => {
    expect(PLATFORMS.map((p) => p.id)).toEqual([...BUILTIN_PLATFORM_IDS]);
    const formatIds = FORMATS.map((f) => f.id) as string[];
    for (const p of PLATFORMS) {
      expect(p.formats.length).toBeGreaterThan(0);
      p.formats.forEach((f) => expect(formatIds).toContain(f));
      p.objectiveTypes.forEach((t) => expect(OBJECTIVE_TYPES).toContain(t));
      expect(p.sources.length).toBeGreaterThan(0);
      expect(p.goodFor.fr && p.goodFor.en && p.audiences.fr && p.audiences.en).toBeTruthy();
      expect(p.minPostsPerWeek).toBeGreaterThan(0);
    }
  });
  it('carries the articles’ facts: more than 2 posts a week on social networks, Instagram for images, LinkedIn for recruiting', () => {
    for (const id of ['facebook', 'instagram', 'linkedin', 'x', 'tiktok'])
      expect(findPlatform(PLATFORMS, id)!.minPostsPerWeek).toBeGreaterThan(2);
    expect(findPlatform(PLATFORMS, 'instagram')!.formats[0]).toBe('image');
    expect(findPlatform(PLATFORMS, 'linkedin')!.objectiveTypes).toContain('recruiting');
  });
  it('finds platforms and formats by id, name or alias, whatever the accents and case', () => {
    expect(findPlatform(PLATFORMS, 'Twitter')?.id).toBe('x');
    expect(findPlatform(PLATFORMS, 'X (Twitter)')?.id).toBe('x');
    expect(findPlatform(PLATFORMS, 'fiche Google')?.id).toBe('google_business');
    expect(findPlatform(PLATFORMS, '')).toBeUndefined();
    expect(findFormat('Vidéo courte')?.id).toBe('short_video');
    expect(findFormat('Reels')?.id).toBe('short_video');
    expect(findFormat('podcast_episode')?.minutesPerPiece).toBeGreaterThan(60);
  });
});
