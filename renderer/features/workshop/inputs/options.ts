// A field's known values (its catalogue options) as a person reads and types them: a stored id shown by its label in
// the interface's language, a typed label or id stored as the id, anything else kept as typed.
import { normaliseKey, type Option } from '../../../../shared/catalogue';
import type { Language } from '../../../../shared/model';
import { pick } from '../../../i18n/translate';

/** The label of a stored value in `language`, or the value itself when no option names it. */
export function labelOf(options: readonly Option[], value: string, language: Language): string {
  const option = options.find((o) => o.value === value);
  return option ? pick(option.label, language) : value;
}

/** The option a typed text names, by its id or its label in either language (no case, no accents); null if none. */
export function optionFor(options: readonly Option[], typed: string): Option | null {
  const key = normaliseKey(typed);
  if (key === '') return null;
  return options.find((o) => [o.value, o.label.fr, o.label.en].some((name) => normaliseKey(name) === key)) ?? null;
}

/** What to store for a typed text: the id of the option it names, else the text as typed (trimmed). */
export const storedValue = (options: readonly Option[], typed: string): string => optionFor(options, typed)?.value ?? typed.trim();

/** The stored values outside the options, in their stored order: typed by someone, never dropped by a click. */
export const othersOf = (options: readonly Option[], values: readonly string[]): string[] =>
  values.filter((v) => !options.some((o) => o.value === v));

/** The chosen options in the catalogue's order, then the other values in their order, without duplicates. */
export function ordered(options: readonly Option[], chosen: ReadonlySet<string>, others: readonly string[]): string[] {
  const known = options.map((o) => o.value).filter((v) => chosen.has(v));
  return [...new Set([...known, ...others.filter((v) => chosen.has(v))])];
}
