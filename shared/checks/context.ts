// Indexes a workshop once (cards by id and kind, links by end) so that every rule reads it in linear time.
import type { Card, Link, LinkKind } from '../model';
import { PLATFORMS, platformKey, type Platform } from '../catalogue/platforms';
import { decisions, type Decisions } from '../decisions';
import type { CheckInput } from './types';

export interface CheckContext {
  platforms: readonly Platform[];
  /** What the group decided, wherever it was recorded: the only way rules read answers and decision cards. */
  decided: Decisions;
  card(id: string): Card | undefined;
  cards(kind: string): Card[];
  /** Links leaving a card, optionally of one kind. */
  from(cardId: string, kind?: LinkKind): Link[];
  /** Links arriving at a card, optionally of one kind. */
  to(cardId: string, kind?: LinkKind): Link[];
  /** The platform key of a channel or cadence card (see platformKey), from its `platform` field. */
  keyOf(card: Card): string | undefined;
  /** Cadence cards whose platform is the given key. */
  cadencesFor(key: string): Card[];
  /** YYYY-MM-DD the deadlines are measured from, when known. */
  today: string | undefined;
}

const NONE: never[] = [];
const cache = new WeakMap<CheckInput, CheckContext>();

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function build(input: CheckInput): CheckContext {
  const platforms = input.platforms ?? PLATFORMS;
  const byId = new Map<string, Card>();
  const byKind = new Map<string, Card[]>();
  for (const c of input.cards) {
    byId.set(c.id, c);
    push(byKind, c.kind, c);
  }
  const out = new Map<string, Link[]>();
  const inc = new Map<string, Link[]>();
  for (const l of input.links) {
    // A link to a card that is gone says nothing; skipping it keeps every rule honest.
    if (!byId.has(l.fromCard) || !byId.has(l.toCard)) continue;
    push(out, l.fromCard, l);
    push(inc, l.toCard, l);
  }
  const keys = new Map<string, string | undefined>();
  const cadences = new Map<string, Card[]>();
  const keyOf = (card: Card): string | undefined => {
    if (!keys.has(card.id)) keys.set(card.id, platformKey(platforms, card.fields.platform));
    return keys.get(card.id);
  };
  for (const c of byKind.get('cadence') ?? NONE) {
    const key = keyOf(c);
    if (key) push(cadences, key, c);
  }
  const ws = input.workshop;
  const today = input.today ?? ws?.date ?? (ws ? new Date(ws.createdAt).toISOString().slice(0, 10) : undefined);
  const pick = (map: Map<string, Link[]>, id: string, kind?: LinkKind) => {
    const all = map.get(id) ?? NONE;
    return kind ? all.filter((l) => l.kind === kind) : all;
  };
  return {
    platforms,
    decided: decisions(input, platforms),
    card: (id) => byId.get(id),
    cards: (kind) => byKind.get(kind) ?? NONE,
    from: (id, kind) => pick(out, id, kind),
    to: (id, kind) => pick(inc, id, kind),
    keyOf,
    cadencesFor: (key) => cadences.get(key) ?? NONE,
    today,
  };
}

/** The context of an input, built on first use and shared by every rule of the same run. */
export function contextOf(input: CheckInput): CheckContext {
  let ctx = cache.get(input);
  if (!ctx) {
    ctx = build(input);
    cache.set(input, ctx);
  }
  return ctx;
}
