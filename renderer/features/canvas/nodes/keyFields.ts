// The few filled fields a card shows on the canvas, as label and value in the current language.
import { kindDef, type FieldDef } from '../../../../shared/catalogue';
import { formatDate, formatNumber } from '../../../../shared/locale';
import type { Card, Language } from '../../../../shared/model';
import { pick } from '../../../i18n';

export interface KeyField {
  key: string;
  label: string;
  value: string;
}

function format(def: FieldDef, value: unknown, language: Language): string | null {
  const option = (v: unknown) => def.options?.find((o) => o.value === v);
  if (value === null || value === undefined || value === '') return null;
  switch (def.type) {
    case 'longtext':
    case 'boolean':
      return null;
    case 'choice': {
      const o = option(value);
      return o ? pick(o.label, language) : String(value);
    }
    case 'multi':
    case 'list':
      return Array.isArray(value) && value.length > 0
        ? value.map((v) => (option(v) ? pick(option(v)!.label, language) : String(v))).join(', ')
        : null;
    case 'number':
    case 'scale':
      return typeof value === 'number' ? `${formatNumber(language, value, 3)}${def.unit ? ` ${pick(def.unit, language)}` : ''}` : null;
    case 'date':
      return typeof value === 'string' ? formatDate(language, value) : null;
    default: {
      const text = String(value);
      return text.length > 48 ? `${text.slice(0, 47)}…` : text;
    }
  }
}

export function keyFields(card: Pick<Card, 'kind' | 'fields'>, language: Language, max = 3): KeyField[] {
  const out: KeyField[] = [];
  for (const def of kindDef(card.kind)?.fields ?? []) {
    if (out.length >= max) break;
    const value = format(def, card.fields[def.key], language);
    if (value) out.push({ key: def.key, label: pick(def.label, language), value });
  }
  return out;
}
