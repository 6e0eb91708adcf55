// Defensive readers for card fields and helpers to name cards inside check messages.
import type { Card } from '../model';
import { normaliseKey } from '../catalogue/formats';
import type { Platform } from '../catalogue/platforms';
import type { Text } from '../catalogue/types';
import { countWord, formatNumber } from '../locale';

/** A non-empty trimmed string field, else undefined. */
export function str(card: Card, key: string): string | undefined {
  const v = card.fields[key];
  return typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined;
}

/** A finite number field, else undefined. */
export function num(card: Card, key: string): number | undefined {
  const v = card.fields[key];
  return typeof v === 'number' && Number.isFinite(v) ? v : undefined;
}

/** The non-empty strings of a list field. */
export function list(card: Card, key: string): string[] {
  const v = card.fields[key];
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string' && x.trim() !== '') : [];
}

/** A card's title as quoted in a sentence, in each language. */
export function named(card: Card): Text {
  const title = card.title.trim();
  return title ? { fr: `« ${title} »`, en: `“${title}”` } : { fr: '(sans titre)', en: '(untitled)' };
}

/** Several cards named in a sentence: "« A », « B » et 2 autres". */
export function namedList(cards: readonly Card[], max = 3): Text {
  const shown = cards.slice(0, max).map(named);
  const rest = cards.length - shown.length;
  const fr = shown.map((n) => n.fr).join(', ') + (rest > 0 ? ` et ${rest} ${countWord('fr', rest, ['autre', 'autres'])}` : '');
  const en = shown.map((n) => n.en).join(', ') + (rest > 0 ? ` and ${rest} more` : '');
  return { fr, en };
}

/** Card ids in a stable order, so a finding's key does not depend on input order. */
export function ids(cards: readonly Card[]): string[] {
  return cards.map((c) => c.id).sort();
}

/** A number for display, one decimal at most, with each language's decimal mark. */
export function fmt(n: number): Text {
  return { fr: formatNumber('fr', n, 1), en: formatNumber('en', n, 1) };
}

/** Whole months from one YYYY-MM-DD date to another (negative when `to` is before `from`). */
export function monthsBetween(from: string, to: string): number {
  const a = Date.parse(`${from}T00:00:00Z`);
  const b = Date.parse(`${to}T00:00:00Z`);
  return (b - a) / (30.44 * 24 * 3600 * 1000);
}

/** A platform named with its channel card, unless the card's title only repeats the platform: "LinkedIn (« Page pro »)". */
export function onPlatform(platform: Platform, channel: Card): Text {
  const title = normaliseKey(channel.title);
  if (!title || [platform.id, platform.name, ...platform.aliases].some((k) => normaliseKey(k) === title)) {
    return { fr: platform.name, en: platform.name };
  }
  const n = named(channel);
  return { fr: `${platform.name} (${n.fr})`, en: `${platform.name} (${n.en})` };
}

/** Every card named in a sentence, none left out: "« A », « B » et « C »". */
export function namedAll(cards: readonly Card[]): Text {
  const names = cards.map(named);
  const join = (parts: string[], and: string) =>
    parts.length <= 1 ? parts.join('') : `${parts.slice(0, -1).join(', ')} ${and} ${parts[parts.length - 1]}`;
  return {
    fr: join(
      names.map((n) => n.fr),
      'et',
    ),
    en: join(
      names.map((n) => n.en),
      'and',
    ),
  };
}

/** "1 canal" / "4 canaux": a count with the singular or plural noun of each language. */
export function count(n: number, fr: [string, string], en: [string, string]): Text {
  return { fr: `${n} ${countWord('fr', n, fr)}`, en: `${n} ${countWord('en', n, en)}` };
}
