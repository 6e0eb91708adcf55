// Finds the workshop's cards holding every word of a query (no case, no accents), best first: title, then text, then a field.
import { kindDef, STEPS, type Option } from '../../../shared/catalogue';
import { textCollator } from '../../../shared/locale';
import type { Card, FieldValue, Language } from '../../../shared/model';
import { pick } from '../../i18n/translate';
import { fold, queryWords } from './fold';
import { snippetOf, type Snippet } from './snippet';

export const MATCH_LIMIT = 30;

/** Where a card matched: its title, its text, or one of its fields (by key). */
export type MatchPlace = { in: 'title' } | { in: 'body' } | { in: 'field'; key: string };

export interface CardMatch {
  card: Card;
  /** The place worth showing: where the word found furthest from the title is. */
  place: MatchPlace;
  /** The text of that place around the hit. */
  snippet: Snippet;
}

interface Place {
  place: MatchPlace;
  /** 0 title, 1 text, 2 field: a word found in a better place counts less. */
  rank: number;
  text: string;
  folded: string;
}

const STEP_ORDER = new Map<string, number>(STEPS.map((s, i) => [s.id, i]));

/** A field's value as a person reads it: choices by their label in the language, lists joined; null when empty or not text. */
export function fieldText(value: FieldValue | undefined, options: Option[] | undefined, language: Language): string | null {
  const label = (v: string) => {
    const option = options?.find((o) => o.value === v);
    return option ? pick(option.label, language) : v;
  };
  if (typeof value === 'string') return value.trim() ? label(value) : null;
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value)) return value.length > 0 ? value.map(label).join(', ') : null;
  return null;
}

function placesOf(card: Card, language: Language): Place[] {
  const places: Place[] = [];
  const add = (place: MatchPlace, rank: number, text: string | null) => {
    if (text) places.push({ place, rank, text, folded: fold(text) });
  };
  add({ in: 'title' }, 0, card.title);
  add({ in: 'body' }, 1, card.body);
  const defs = kindDef(card.kind)?.fields ?? [];
  // The kind's own field order first, then any field the catalogue does not describe.
  const keys = [...new Set([...defs.map((d) => d.key), ...Object.keys(card.fields)])];
  for (const key of keys) {
    const def = defs.find((d) => d.key === key);
    add({ in: 'field', key }, 2, fieldText(card.fields[key], def?.options, language));
  }
  return places;
}

interface Scored extends CardMatch {
  score: number;
}

function score(card: Card, words: string[], language: Language): Scored | null {
  const places = placesOf(card, language);
  let total = 0;
  let shown: { place: Place; word: string } | null = null;
  for (const word of words) {
    const best = places.find((p) => p.folded.includes(word));
    if (!best) return null;
    total += best.rank;
    if (!shown || best.rank > shown.place.rank) shown = { place: best, word };
  }
  if (!shown) return null;
  return { card, place: shown.place.place, snippet: snippetOf(shown.place.text, shown.word), score: total };
}

/**
 * The cards holding every word of `query`, each word anywhere in the card, at most `limit`.
 * A word in the title weighs less than one in the text, which weighs less than one in a field;
 * equal cards keep the steps' order, then their titles' alphabetical order. Nothing for a blank query.
 */
export function matchCards(cards: readonly Card[], query: string, language: Language, limit = MATCH_LIMIT): CardMatch[] {
  const words = queryWords(query);
  if (words.length === 0) return [];
  const collator = textCollator(language);
  const step = (c: Card) => STEP_ORDER.get(c.step) ?? STEPS.length;
  return cards
    .map((card) => score(card, words, language))
    .filter((m): m is Scored => m !== null)
    .sort(
      (a, b) =>
        a.score - b.score ||
        step(a.card) - step(b.card) ||
        collator.compare(a.card.title, b.card.title) ||
        a.card.id.localeCompare(b.card.id),
    )
    .slice(0, limit)
    .map(({ card, place, snippet }) => ({ card, place, snippet }));
}
