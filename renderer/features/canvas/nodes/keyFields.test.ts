// Key fields on a card: option labels (never ids), units, dates in the language, long texts left out, at most three.
import { describe, expect, it } from 'vitest';
import { keyFields } from './keyFields';

describe('keyFields', () => {
  it('shows choices by their label and dates in the language', () => {
    const fields = keyFields({ kind: 'objective', fields: { type: 'leads', deadline: '2026-06-30', priority: 1, metric: 'Forms' } }, 'fr');
    expect(fields.map((f) => f.key)).toEqual(['type', 'metric', 'deadline']);
    expect(fields[0]).toEqual({ key: 'type', label: 'Type', value: 'Prospects (leads)' });
    expect(fields[2]!.value).toMatch(/2026/);
  });

  it('leaves long texts out and adds units', () => {
    const fields = keyFields({ kind: 'governance_rule', fields: { maxDelayHours: 4 } }, 'en');
    expect(fields).toEqual([{ key: 'maxDelayHours', label: 'Maximum delay', value: '4 hours' }]);
    expect(keyFields({ kind: 'swot', fields: { mitigation: 'A long plan' } }, 'en')).toEqual([]);
  });

  it('names the formats a channel, a pillar or a cadence stores by id, and keeps what was typed by hand', () => {
    expect(keyFields({ kind: 'pillar', fields: { formats: ['short_video', 'image'] } }, 'fr')[0]).toEqual({
      key: 'formats',
      label: 'Formats',
      value: 'Vidéo courte, Image',
    });
    expect(keyFields({ kind: 'channel', fields: { formats: ['carousel', 'Reels maison'] } }, 'en')[0]!.value).toBe(
      'Carousel, Reels maison',
    );
    const cadence = keyFields({ kind: 'cadence', fields: { format: 'short_video' } }, 'en');
    expect(cadence).toEqual([{ key: 'format', label: 'Main format', value: 'Short video' }]);
    for (const f of keyFields({ kind: 'persona', fields: { whereOnline: ['linkedin', 'google_business'] } }, 'fr')) {
      expect(f.value).not.toMatch(/_/);
    }
  });

  it('writes labels in the interface language and values in the workshop language', () => {
    const fields = keyFields({ kind: 'channel', fields: { platform: 'newsletter', formats: ['short_video'] } }, 'en', {
      valueLanguage: 'fr',
    });
    expect(fields).toEqual([
      { key: 'platform', label: 'Platform', value: 'Lettre d’information' },
      { key: 'formats', label: 'Formats', value: 'Vidéo courte' },
    ]);
  });

  it('leaves out the fields it is told to (what the zone already says)', () => {
    const fields = keyFields({ kind: 'objective', fields: { type: 'sales', priority: 2 } }, 'en', { hide: new Set(['priority']) });
    expect(fields.map((f) => f.key)).toEqual(['type']);
  });
});
