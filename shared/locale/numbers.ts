// Numbers, money and shares written the way each language writes them.
import type { Language } from '../model';
import { cached, tidy } from './locales';

const numberFormats = new Map<string, (language: Language) => Intl.NumberFormat>();

function numberFormat(language: Language, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = JSON.stringify(options);
  let make = numberFormats.get(key);
  if (!make) numberFormats.set(key, (make = cached((locale) => new Intl.NumberFormat(locale, options))));
  return make(language);
}

/** "1 234,5" / "1,234.5", with at most `maxDecimals` decimals. */
export function formatNumber(language: Language, n: number, maxDecimals = 1): string {
  return tidy(numberFormat(language, { maximumFractionDigits: maxDecimals }).format(n));
}

/** Whole euros: "12 000 €" / "€12,000". */
export function formatMoney(language: Language, n: number): string {
  return tidy(numberFormat(language, { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 }).format(n));
}

/** The whole-percent number format an office chart axis takes (Excel syntax): "40 %" / "40%". */
export const OFFICE_PERCENT: Record<Language, string> = { fr: '0" %"', en: '0"%"' };

/** A share given from 0 to 100: "40 %" / "40%". */
export function formatPercent(language: Language, n: number): string {
  return tidy(numberFormat(language, { style: 'percent', maximumFractionDigits: 0 }).format(n / 100));
}
