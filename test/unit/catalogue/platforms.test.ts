// The catalogue's platform options and the templates agree with the platform and format catalogue.
import { describe, expect, it } from 'vitest';
import { PLATFORM_IDS, PLATFORM_OPTIONS, TEMPLATES } from '../../../shared/catalogue';
import { FORMAT_IDS } from '../../../shared/catalogue/formats';
import { BUILTIN_PLATFORM_IDS } from '../../../shared/catalogue/platforms';

describe('platform ids', () => {
  it('are the platform catalogue’s ids, each with a label', () => {
    expect([...PLATFORM_IDS]).toEqual([...BUILTIN_PLATFORM_IDS]);
    expect(PLATFORM_OPTIONS.map((o) => o.value)).toEqual([...BUILTIN_PLATFORM_IDS]);
  });

  it('and the templates name only formats the format catalogue knows', () => {
    const formats: readonly string[] = FORMAT_IDS;
    for (const t of TEMPLATES) {
      for (const c of t.build('fr').cards) {
        if (c.kind === 'channel' || c.kind === 'pillar')
          for (const f of (c.fields?.formats as string[] | undefined) ?? []) expect(formats, `${t.id}/${c.ref}`).toContain(f);
        if (c.kind === 'cadence') expect(formats, `${t.id}/${c.ref}`).toContain(c.fields?.format);
      }
    }
  });
});
