// Conversions between stored values and what the form controls show, with local number checks.
import type { MessageKey } from '../../../i18n';

export const asText = (v: unknown): string =>
  typeof v === 'string' ? v : typeof v === 'number' ? String(v) : Array.isArray(v) ? v.join('\n') : '';

export const asList = (v: unknown): string[] =>
  Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : typeof v === 'string' && v.trim() ? [v] : [];

export const listFromText = (text: string): string[] =>
  text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');

export const asNumberText = (v: unknown): string => (typeof v === 'number' && Number.isFinite(v) ? String(v) : '');

export type Parsed = { ok: true; value: number | null } | { ok: false; message: MessageKey; vars?: Record<string, number> };

/** Empty means "cleared" (null); a decimal comma is accepted, as French speakers type it. */
export function parseNumber(text: string, min?: number, max?: number): Parsed {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: true, value: null };
  const value = Number(trimmed.replace(',', '.'));
  if (!Number.isFinite(value)) return { ok: false, message: 'input.notANumber' };
  if (min !== undefined && value < min) return { ok: false, message: 'input.min', vars: { min } };
  if (max !== undefined && value > max) return { ok: false, message: 'input.max', vars: { max } };
  return { ok: true, value };
}

/** The values of a scale, min to max; too wide a range is not a scale. */
export function scaleSteps(min = 1, max = 5): number[] | null {
  if (!Number.isInteger(min) || !Number.isInteger(max) || max < min || max - min > 10) return null;
  return Array.from({ length: max - min + 1 }, (_, i) => min + i);
}
