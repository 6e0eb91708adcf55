// Card fields come out of the schemas with usable input types while the catalogue has no definitions.
import { describe, expect, it } from 'vitest';
import { CARD_KINDS, FIELD_SCHEMAS } from '../../../shared/model';
import { fieldDefs, humanise } from './kindDefs';

describe('fieldDefs', () => {
  it('covers every key of every kind', () => {
    for (const kind of CARD_KINDS) {
      const keys = fieldDefs(kind)
        .map((f) => f.key)
        .sort();
      const shape = (FIELD_SCHEMAS[kind] as unknown as { shape: Record<string, unknown> }).shape;
      expect(keys, kind).toEqual(Object.keys(shape).sort());
    }
  });

  it('picks input types from the schemas', () => {
    const byKey = Object.fromEntries(fieldDefs('objective').map((f) => [f.key, f]));
    expect(byKey.type?.type).toBe('choice');
    expect(byKey.type?.options?.map((o) => o.value)).toContain('awareness');
    expect(byKey.metric?.type).toBe('text');
    expect(byKey.baseline).toMatchObject({ type: 'number', min: 0 });
    expect(byKey.deadline?.type).toBe('date');
    expect(byKey.priority).toMatchObject({ type: 'scale', min: 1, max: 5 });
    const persona = Object.fromEntries(fieldDefs('persona').map((f) => [f.key, f]));
    expect(persona.interests?.type).toBe('list');
    expect(Object.fromEntries(fieldDefs('risk').map((f) => [f.key, f])).accepted?.type).toBe('boolean');
  });

  it('answers nothing for kinds without fields or unknown kinds', () => {
    expect(fieldDefs('note')).toEqual([]);
    expect(fieldDefs('nope')).toEqual([]);
  });
});

describe('humanise', () => {
  it('turns keys into words', () => {
    expect(humanise('ageRange')).toBe('Age range');
    expect(humanise('customer_service')).toBe('Customer service');
  });
});
