// The strategy as one chain read left to right: each objective, the targets its channels reach, those channels, the
// content that serves it, the KPIs that measure it and who owns them. Built from cards and links alone, so that the
// canvas and the deck draw the same chain.
import type { Card, Link } from '../model';

export const CHAIN_COLUMNS = ['objective', 'target', 'channel', 'content', 'kpi', 'owner'] as const;
export type ChainColumn = (typeof CHAIN_COLUMNS)[number];

export interface ChainLane {
  objective: Card;
  /** The cards of each column for this objective; `objective` holds the objective itself. */
  columns: Record<ChainColumn, Card[]>;
  /** True when at least one card is linked to the objective: a lone objective is not a chain yet. */
  linked: boolean;
}

const num = (c: Card, key: string) => (typeof c.fields[key] === 'number' ? (c.fields[key] as number) : Number.POSITIVE_INFINITY);
const byField = (key: string) => (a: Card, b: Card) => num(a, key) - num(b, key) || a.createdAt - b.createdAt || a.id.localeCompare(b.id);
const unique = (cards: Card[]) => [...new Map(cards.map((c) => [c.id, c])).values()];

/** One lane per objective, by priority; every lane, linked or not (the canvas shows the gaps, the deck only the chain). */
export function strategyChain(cards: readonly Card[], links: readonly Link[]): ChainLane[] {
  const byId = new Map(cards.map((c) => [c.id, c]));
  const from = (kind: Link['kind'], to: string) =>
    links.filter((l) => l.kind === kind && l.toCard === to).flatMap((l) => byId.get(l.fromCard) ?? []);
  const outOf = (kind: Link['kind'], id: string) =>
    links.filter((l) => l.kind === kind && l.fromCard === id).flatMap((l) => byId.get(l.toCard) ?? []);
  const objectives = cards.filter((c) => c.kind === 'objective').sort(byField('priority'));
  return objectives.map((objective) => {
    const channels = from('serves', objective.id)
      .filter((c) => c.kind === 'channel')
      .sort(byField('y'));
    const targets = unique(channels.flatMap((c) => outOf('reaches', c.id))).sort(byField('rank'));
    const platforms = new Set(channels.map((c) => c.fields.platform).filter((p) => typeof p === 'string' && p !== ''));
    const pillars = from('serves', objective.id).filter((c) => c.kind === 'pillar');
    // Without a pillar, the content is the rhythm of the channels that serve the objective (a cadence names its platform).
    const content = pillars.length
      ? pillars
      : cards.filter((c) => c.kind === 'cadence' && platforms.has(c.fields.platform as string)).sort(byField('createdAt'));
    const kpis = from('measures', objective.id).filter((c) => c.kind === 'kpi');
    const owners = unique([...channels, ...kpis].flatMap((c) => from('owns', c.id)));
    const columns: Record<ChainColumn, Card[]> = {
      objective: [objective],
      target: targets,
      channel: channels,
      content: unique(content),
      kpi: kpis,
      owner: owners,
    };
    const linked = CHAIN_COLUMNS.some((col) => col !== 'objective' && columns[col].length > 0);
    return { objective, columns, linked };
  });
}

/** The lanes worth presenting: objectives with at least one card linked to them. Empty when there is no chain yet. */
export const presentedChain = (cards: readonly Card[], links: readonly Link[]): ChainLane[] =>
  strategyChain(cards, links).filter((l) => l.linked);
