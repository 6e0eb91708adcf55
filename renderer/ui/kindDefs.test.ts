// Card forms draw their fields from the catalogue, and tiles count the filled ones.
import { describe, expect, it } from 'vitest';
import { CARD_KINDS, FIELD_SCHEMAS } from '../../shared/model';
import { fieldDefs, filledCount, kindLabel } from './kindDefs';

describe('kindDefs', () => {
  it('offers a form field for every field a kind may hold', () => {
    for (const kind of CARD_KINDS) {
      const keys = fieldDefs(kind).map((f) => f.key);
      const shape = (FIELD_SCHEMAS[kind] as unknown as { shape: Record<string, unknown> }).shape;
      for (const key of keys) expect(Object.keys(shape), `${kind}.${key}`).toContain(key);
      expect(kindLabel(kind)?.fr, kind).toBeTruthy();
    }
  });

  it('answers nothing for an unknown kind', () => {
    expect(fieldDefs('nope')).toEqual([]);
    expect(kindLabel('nope')).toBeNull();
  });

  it('counts filled fields only', () => {
    expect(filledCount({ a: '', b: '  ', c: [], d: null, e: 0, f: false, g: 'x', h: ['y'] })).toBe(4);
  });
});
