// The few filled fields a card shows on the canvas: the field's name, numbers, units and dates in the interface's
// language, a chosen option by its label (never its id) in the workshop's, less the fields its zone already states.
import { kindDef, type FieldDef } from '../../../../shared/catalogue';
import type { Card, Language } from '../../../../shared/model';
import { pick } from '../../../i18n/translate';

export interface KeyField {
  key: string;
  label: string;
  value: string;
}

export interface KeyFieldOptions {
  /** Language of the chosen options (the workshop's content); the interface's by default. */
  valueLanguage?: Language;
  /** Fields not to show (their zone's name already says them). */
  hide?: ReadonlySet<string>;
  max?: number;
}

function format(def: FieldDef, value: unknown, language: Language, valueLanguage: Language): string | null {
  const named = (v: unknown) => {
    const o = def.options?.find((option) => option.value === v);
    return o ? pick(o.label, valueLanguage) : String(v);
  };
  if (value === null || value === undefined || value === '') return null;
  switch (def.type) {
    case 'longtext':
    case 'boolean':
      return null;
    case 'choice':
      return named(value);
    case 'multi':
    case 'list':
      return Array.isArray(value) && value.length > 0 ? value.map(named).join(', ') : null;
    case 'number':
    case 'scale':
      return typeof value === 'number' ? `${value.toLocaleString(language)}${def.unit ? ` ${pick(def.unit, language)}` : ''}` : null;
    case 'date':
      return typeof value === 'string'
        ? new Intl.DateTimeFormat(language, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(
            new Date(`${value}T00:00:00Z`),
          )
        : null;
    default: {
      const text = named(value);
      return text.length > 48 ? `${text.slice(0, 47)}…` : text;
    }
  }
}

export function keyFields(card: Pick<Card, 'kind' | 'fields'>, language: Language, options: KeyFieldOptions = {}): KeyField[] {
  const { valueLanguage = language, hide, max = 3 } = options;
  const out: KeyField[] = [];
  for (const def of kindDef(card.kind)?.fields ?? []) {
    if (out.length >= max) break;
    if (hide?.has(def.key)) continue;
    const value = format(def, card.fields[def.key], language, valueLanguage);
    if (value) out.push({ key: def.key, label: pick(def.label, language), value });
  }
  return out;
}
