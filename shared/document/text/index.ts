// Helpers over the document's FR/EN text tables: pick a language, fill {placeholders}, choose singular or plural.
import type { Text } from '../../catalogue/types';
import { isSingular } from '../../locale';
import type { Language } from '../../model';
import { frenchSpacing } from '../../text/typography';

export type { Text };

// The one typography function is shared with the interface (shared/text/typography.ts).
export { frenchSpacing };

/** The text in the language, with each {name} replaced by its value. */
export function tr(language: Language, text: Text, vars: Record<string, string | number> = {}): string {
  const filled = text[language].replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = vars[name];
    return value === undefined ? whole : String(value);
  });
  return language === 'fr' ? frenchSpacing(filled) : filled;
}

/** The singular text when the language puts the count in the singular (1, and 0 in French), the plural otherwise; {n} is the count. */
export function plural(language: Language, n: number, one: Text, many: Text, vars: Record<string, string | number> = {}): string {
  return tr(language, isSingular(language, n) ? one : many, { n, ...vars });
}
