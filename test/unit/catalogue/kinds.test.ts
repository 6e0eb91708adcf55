// Card kind definitions against the field schemas of shared/model: same keys, matching input types, enum options, colours.
import { describe, expect, it } from 'vitest';
import { CARD_KINDS, FIELD_SCHEMAS, fieldIssues } from '../../../shared/model';
import { CARD_KIND_DEFS, kindDef, type FieldDef } from '../../../shared/catalogue';
import { expectText } from './helpers';

interface Inner {
  def: { type: string };
  options?: string[];
  minValue?: number | null;
  maxValue?: number | null;
  isInt?: boolean;
}

/** The schema behind a field key, without its optional wrapper. */
function inner(kind: keyof typeof FIELD_SCHEMAS, key: string): Inner {
  const shape = (FIELD_SCHEMAS[kind] as unknown as { shape: Record<string, { unwrap: () => Inner }> }).shape;
  const field = shape[key];
  if (!field) throw new Error(`${kind}.${key} is not in the schema`);
  return field.unwrap();
}

const schemaKeys = (kind: keyof typeof FIELD_SCHEMAS) => Object.keys((FIELD_SCHEMAS[kind] as unknown as { shape: object }).shape);

function sample(f: FieldDef): unknown[] {
  switch (f.type) {
    case 'text':
    case 'longtext':
      return ['Un texte'];
    case 'choice':
      return (f.options ?? []).map((o) => o.value);
    case 'multi':
      return [(f.options ?? []).map((o) => o.value)];
    case 'list':
      return [['un', 'deux']];
    case 'number':
    case 'scale':
      return [f.min, f.max];
    case 'date':
      return ['2026-09-01'];
    case 'boolean':
      return [true, false];
  }
}

/** Relative luminance and contrast ratio, as WCAG defines them. */
function luminance(hex: string): number {
  const c = [1, 3, 5]
    .map((i) => parseInt(hex.slice(i, i + 2), 16) / 255)
    .map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
  return 0.2126 * c[0]! + 0.7152 * c[1]! + 0.0722 * c[2]!;
}
const contrast = (a: string, b: string) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
};

describe('card kinds', () => {
  it('define every kind of the model, in its order, and the lookup finds them', () => {
    expect(CARD_KIND_DEFS.map((d) => d.kind)).toEqual([...CARD_KINDS]);
    for (const k of CARD_KINDS) expect(kindDef(k)?.kind).toBe(k);
    expect(kindDef('unicorn')).toBeUndefined();
  });

  it('have distinct colours readable on light and dark backgrounds', () => {
    const colours = CARD_KIND_DEFS.map((d) => d.colour.toLowerCase());
    expect(new Set(colours).size).toBe(colours.length);
    for (const d of CARD_KIND_DEFS) {
      expect(d.colour).toMatch(/^#[0-9a-fA-F]{6}$/);
      expect(contrast(d.colour, '#ffffff'), `${d.kind} on white`).toBeGreaterThanOrEqual(3);
      expect(contrast(d.colour, '#1e1e1e'), `${d.kind} on dark`).toBeGreaterThanOrEqual(3);
    }
  });

  for (const def of CARD_KIND_DEFS) {
    describe(def.kind, () => {
      it('has a label and a placeholder in both languages', () => {
        expectText(def.label, `${def.kind}.label`);
        expectText(def.placeholder, `${def.kind}.placeholder`);
      });

      it('has exactly one field definition per schema key', () => {
        const keys = def.fields.map((f) => f.key);
        expect(new Set(keys).size).toBe(keys.length);
        expect([...keys].sort()).toEqual(schemaKeys(def.kind).sort());
      });

      for (const f of def.fields) {
        it(`field ${f.key} matches its schema`, () => {
          expectText(f.label, `${def.kind}.${f.key}.label`);
          if (f.help) expectText(f.help, `${def.kind}.${f.key}.help`);
          if (f.unit) expectText(f.unit, `${def.kind}.${f.key}.unit`);
          for (const o of f.options ?? []) expectText(o.label, `${def.kind}.${f.key}.${o.value}`);
          const s = inner(def.kind, f.key);
          switch (s.def.type) {
            case 'enum':
              expect(f.type).toBe('choice');
              expect((f.options ?? []).map((o) => o.value)).toEqual(s.options);
              break;
            case 'number':
              expect(['number', 'scale']).toContain(f.type);
              expect(f.min, 'min as in the schema').toBe(s.minValue);
              expect(f.max, 'max as in the schema').toBe(s.maxValue);
              if (f.type === 'scale') expect(s.isInt, 'a scale is whole numbers').toBe(true);
              break;
            case 'boolean':
              expect(f.type).toBe('boolean');
              break;
            case 'array':
              expect(['list', 'multi']).toContain(f.type);
              break;
            case 'string': {
              expect(['text', 'longtext', 'date', 'choice']).toContain(f.type);
              const isDate = fieldIssues(def.kind, { [f.key]: 'not a date' }).length > 0;
              expect(f.type === 'date', 'date fields are exactly the IsoDate ones').toBe(isDate);
              break;
            }
            default:
              throw new Error(`unexpected schema type ${s.def.type}`);
          }
          for (const value of sample(f)) {
            expect(fieldIssues(def.kind, { [f.key]: value }), `${def.kind}.${f.key} = ${JSON.stringify(value)}`).toEqual([]);
          }
          if ((f.type === 'number' || f.type === 'scale') && f.min !== undefined && f.max !== undefined) {
            expect(fieldIssues(def.kind, { [f.key]: f.min - 1 }).length).toBeGreaterThan(0);
            expect(fieldIssues(def.kind, { [f.key]: f.max + 1 }).length).toBeGreaterThan(0);
          }
        });
      }
    });
  }
});
