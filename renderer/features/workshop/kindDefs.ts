// A card kind's label and typed fields: from the catalogue's CARD_KIND_DEFS when it has them, else from the field schemas.
import * as catalogue from '../../../shared/catalogue';
import type { CardKindDef, FieldDef, InputType, Text } from '../../../shared/catalogue';
import { FIELD_SCHEMAS, isCardKind } from '../../../shared/model';

/** The catalogue's definitions are looked up by name, so this file keeps compiling before they land. */
function catalogueDef(kind: string): CardKindDef | undefined {
  const ns = catalogue as unknown as Record<string, unknown>;
  const lookup = ns['kindDef'];
  if (typeof lookup === 'function') {
    const found = (lookup as (k: string) => CardKindDef | undefined)(kind);
    if (found) return found;
  }
  const defs = ns['CARD_KIND_DEFS'];
  if (Array.isArray(defs)) return (defs as CardKindDef[]).find((d) => d.kind === kind);
  if (defs && typeof defs === 'object') return (defs as Record<string, CardKindDef | undefined>)[kind];
  return undefined;
}

/** 'ageRange' -> 'Age range', 'customer_service' -> 'Customer service'. */
export function humanise(key: string): string {
  const words = key
    .replace(/_/g, ' ')
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

const same = (s: string): Text => ({ fr: s, en: s });

interface ZodLike {
  def: { type: string; innerType?: ZodLike; checks?: { _zod: { def: { format?: string; pattern?: RegExp } } }[] };
  minValue?: number | null;
  maxValue?: number | null;
  isInt?: boolean;
  options?: string[];
  shape?: Record<string, ZodLike>;
}

function fieldFromSchema(key: string, raw: ZodLike): FieldDef {
  const schema = raw.def.type === 'optional' && raw.def.innerType ? raw.def.innerType : raw;
  const base = { key, label: same(humanise(key)) };
  const num = (v: number | null | undefined) => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);
  let type: InputType = 'text';
  switch (schema.def.type) {
    case 'enum':
      return { ...base, type: 'choice', options: (schema.options ?? []).map((value) => ({ value, label: same(humanise(value)) })) };
    case 'array':
      type = 'list';
      break;
    case 'boolean':
      type = 'boolean';
      break;
    case 'number': {
      const min = num(schema.minValue);
      const max = num(schema.maxValue);
      const isScale = schema.isInt && min !== undefined && max !== undefined && max - min <= 9;
      return { ...base, type: isScale ? 'scale' : 'number', min, max };
    }
    case 'string': {
      const isDate = schema.def.checks?.some((c) => c._zod.def.pattern?.source.includes('\\d{4}-'));
      type = isDate ? 'date' : 'text';
      break;
    }
  }
  return { ...base, type };
}

export function fieldDefs(kind: string): FieldDef[] {
  const def = catalogueDef(kind);
  if (def) return def.fields;
  if (!isCardKind(kind)) return [];
  const shape = (FIELD_SCHEMAS[kind] as unknown as ZodLike).shape ?? {};
  return Object.entries(shape).map(([key, schema]) => fieldFromSchema(key, schema));
}

/** The catalogue's label for the kind, or null to use the interface's own. */
export const catalogueKindLabel = (kind: string): Text | null => catalogueDef(kind)?.label ?? null;
export const kindColour = (kind: string): string | null => catalogueDef(kind)?.colour ?? null;
export const kindPlaceholder = (kind: string): Text | null => catalogueDef(kind)?.placeholder ?? null;
