// Reads a workshop once into the figures every section and slide uses, so document and deck never disagree.
import type { Platform } from '../catalogue/platforms';
import { PLATFORMS, findPlatform } from '../catalogue/platforms';
import {
  capacity,
  channelFit,
  healthScore,
  runChecks,
  type AcceptedFinding,
  type Capacity,
  type ChannelFit,
  type Finding,
  type HealthScore,
} from '../checks';
import { decisions, type Decisions } from '../decisions';
import type { Answer, AnswerValue, Card, Link, LinkKind, ParkingItem, Participant, Vote, Workshop } from '../model';

/** What the outline is built from: a workshop's content, plus what the facilitation tools recorded. */
export interface DocumentInput {
  workshop: Workshop;
  cards: readonly Card[];
  links: readonly Link[];
  participants: readonly Participant[];
  answers: readonly Answer[];
  /** Findings the group chose to live with (listed, marked accepted). */
  accepted?: readonly AcceptedFinding[];
  /** Dot votes cast on cards, all rounds together. */
  votes?: readonly Pick<Vote, 'cardId'>[];
  /** Ideas set aside during the workshop. */
  parking?: readonly Pick<ParkingItem, 'step' | 'text' | 'done'>[];
  platforms?: readonly Platform[];
  /** The plan the room walked in with: the workshop's earliest snapshot, or else its first state the journal keeps. */
  before?: BeforeInput;
}

/** Where the "before" comes from: a snapshot someone took, the workshop as created, or the oldest state its history keeps. */
export type BeforeOrigin = 'snapshot' | 'created' | 'earliest';

export interface BeforeInput {
  origin: BeforeOrigin;
  /** The snapshot's name; empty for the other origins. */
  name: string;
  /** When that state was the workshop's (ms). */
  at: number;
  /** When the state compared with it was read (ms): the moment of the export. */
  now: number;
  cards: readonly Card[];
  links: readonly Link[];
  participants: readonly Participant[];
  answers: readonly Answer[];
}

/** The figures of the snapshot the before/after slide compares with now. */
export interface BeforeFacts {
  origin: BeforeOrigin;
  name: string;
  at: number;
  now: number;
  health: number;
  objectives: number;
  channels: string[];
  needed: number;
  available: number;
  blockers: number;
}

export interface ChannelFact {
  card: Card;
  platform: Platform | undefined;
  name: string;
  reaches: Card[];
  serves: Card[];
  fit: ChannelFit;
}

export interface BudgetLine {
  card: Card;
  category: string;
  /** The first year's cost: a monthly amount times 12, a yearly or one-off amount as is. */
  annual: number;
}

export interface Facts {
  input: DocumentInput;
  platforms: readonly Platform[];
  card(id: string): Card | undefined;
  /** Cards of a kind, in creation order. */
  cards(kind: string): Card[];
  /** Cards this card links to with the kind. */
  out(cardId: string, kind: LinkKind): Card[];
  /** Cards linking to this card with the kind. */
  into(cardId: string, kind: LinkKind): Card[];
  answer(question: string): AnswerValue | undefined;
  objectives: Card[];
  personas: Card[];
  channels: ChannelFact[];
  budget: { lines: BudgetLine[]; total: number; byCategory: { category: string; amount: number }[] };
  capacity: Capacity;
  /** What the group decided, wherever it was recorded: the same reading as the health check's. */
  decided: Decisions;
  findings: Finding[];
  health: HealthScore;
  participants: readonly Participant[];
  before?: BeforeFacts;
}

export const str = (c: Card, key: string): string | undefined => {
  const v = c.fields[key];
  return typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined;
};
export const num = (c: Card, key: string): number | undefined => {
  const v = c.fields[key];
  return typeof v === 'number' && Number.isFinite(v) ? v : undefined;
};
export const list = (c: Card, key: string): string[] => {
  const v = c.fields[key];
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string' && x.trim() !== '') : [];
};

// Ties keep the order the workshop lists its cards in (creation, then insertion): ids are random, so never a tie-break.
const byOrder = (a: Card, b: Card) => a.createdAt - b.createdAt;
/** Ranked first (1 is first), unranked after, then in creation order. */
const byRank = (key: string) => (a: Card, b: Card) => (num(a, key) ?? 999) - (num(b, key) ?? 999) || byOrder(a, b);

function push<V>(map: Map<string, V[]>, key: string, value: V) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

const ANNUAL: Record<string, number> = { month: 12, year: 1, one_off: 1 };

function beforeFacts(input: DocumentInput, platforms: readonly Platform[]): BeforeFacts | undefined {
  const b = input.before;
  if (!b) return undefined;
  const checkInput = {
    workshop: input.workshop,
    cards: [...b.cards],
    links: [...b.links],
    participants: [...b.participants],
    answers: [...b.answers],
    platforms,
  };
  const findings = runChecks(checkInput, []);
  const cap = capacity(checkInput, platforms);
  return {
    origin: b.origin,
    name: b.name,
    at: b.at,
    now: b.now,
    health: healthScore(findings).overall,
    objectives: b.cards.filter((c) => c.kind === 'objective').length,
    channels: b.cards
      .filter((c) => c.kind === 'channel')
      .map((c) => c.title.trim() || findPlatform(platforms, c.fields.platform)?.name || '?'),
    needed: cap.needed,
    available: cap.available,
    blockers: findings.filter((x) => x.severity === 'blocker').length,
  };
}

export function analyse(input: DocumentInput): Facts {
  const platforms = input.platforms ?? PLATFORMS;
  const byId = new Map(input.cards.map((c) => [c.id, c]));
  const byKind = new Map<string, Card[]>();
  for (const c of [...input.cards].sort(byOrder)) push(byKind, c.kind, c);
  const outs = new Map<string, Card[]>();
  const ins = new Map<string, Card[]>();
  for (const l of input.links) {
    const from = byId.get(l.fromCard);
    const to = byId.get(l.toCard);
    if (!from || !to) continue;
    push(outs, `${l.fromCard}|${l.kind}`, to);
    push(ins, `${l.toCard}|${l.kind}`, from);
  }
  const answers = new Map(input.answers.map((a) => [a.question, a.value]));
  const cards = (kind: string) => byKind.get(kind) ?? [];
  const out = (id: string, kind: LinkKind) => outs.get(`${id}|${kind}`) ?? [];
  const into = (id: string, kind: LinkKind) => ins.get(`${id}|${kind}`) ?? [];

  const checkInput = {
    workshop: input.workshop,
    cards: [...input.cards],
    links: [...input.links],
    participants: [...input.participants],
    answers: [...input.answers],
    platforms,
  };
  const findings = runChecks(checkInput, input.accepted ?? []);

  const lines: BudgetLine[] = cards('budget_line').map((card) => ({
    card,
    category: str(card, 'category') ?? 'other',
    annual: (num(card, 'amount') ?? 0) * (ANNUAL[str(card, 'period') ?? 'year'] ?? 1),
  }));
  const totals = new Map<string, number>();
  for (const l of lines) totals.set(l.category, (totals.get(l.category) ?? 0) + l.annual);

  const before = beforeFacts(input, platforms);
  return {
    input,
    platforms,
    card: (id) => byId.get(id),
    cards,
    out,
    into,
    answer: (q) => answers.get(q),
    objectives: [...cards('objective')].sort(byRank('priority')),
    personas: [...cards('persona')].sort(byRank('rank')),
    channels: cards('channel').map((card) => {
      const platform = findPlatform(platforms, card.fields.platform);
      return {
        card,
        platform,
        name: card.title.trim() || platform?.name || str(card, 'platform') || '?',
        reaches: out(card.id, 'reaches').filter((c) => c.kind === 'persona'),
        serves: out(card.id, 'serves').filter((c) => c.kind === 'objective'),
        fit: channelFit(card, checkInput, platforms),
      };
    }),
    budget: {
      lines,
      total: lines.reduce((s, l) => s + l.annual, 0),
      byCategory: [...totals].map(([category, amount]) => ({ category, amount })).sort((a, b) => b.amount - a.amount),
    },
    capacity: capacity(checkInput, platforms),
    decided: decisions(checkInput, platforms),
    findings,
    health: healthScore(findings),
    participants: input.participants,
    ...(before ? { before } : {}),
  };
}
