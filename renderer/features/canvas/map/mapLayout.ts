// The strategy map's layout: one box per step holding its cards, the boxes placed by dagre along the links between steps.
import dagre from '@dagrejs/dagre';
import { STEPS } from '../../../../shared/catalogue';
import type { Card, Link, LinkKind, StepId } from '../../../../shared/model';
import type { Rect } from '../geometry';

export const MAP_CARD = { width: 220, height: 96 };
const GAP = 16;
const HEAD = 64;
const PAD = 20;

export type MapNode = ({ kind: 'step'; step: StepId; count: number } | { kind: 'card'; card: Card }) & { id: string } & Rect;

export interface MapEdge {
  id: string;
  source: string;
  target: string;
  kind: LinkKind;
}

/** Cards in the order the group arranged them on the step's canvas: top to bottom, then left to right. */
const reading = (a: Card, b: Card) => a.y - b.y || a.x - b.x || a.createdAt - b.createdAt;

export function mapLayout(
  cards: readonly Card[],
  links: readonly Link[],
  steps: ReadonlySet<StepId>,
): { nodes: MapNode[]; edges: MapEdge[] } {
  const shown = cards.filter((c) => steps.has(c.step));
  const stepOf = new Map(shown.map((c) => [c.id, c.step]));
  const edges = links
    .filter((l) => stepOf.has(l.fromCard) && stepOf.has(l.toCard))
    .map((l) => ({ id: l.id, source: l.fromCard, target: l.toCard, kind: l.kind }));
  const groups = STEPS.map((s) => ({ step: s.id, cards: shown.filter((c) => c.step === s.id).sort(reading) })).filter(
    (g) => g.cards.length > 0,
  );

  const g = new dagre.graphlib.Graph();
  g.setGraph({ rankdir: 'LR', nodesep: 60, ranksep: 140, marginx: 0, marginy: 0 });
  g.setDefaultEdgeLabel(() => ({ weight: 0 }));
  const sizes = new Map<string, { cols: number; width: number; height: number }>();
  for (const { step, cards: mine } of groups) {
    const cols = Math.min(4, Math.ceil(Math.sqrt(mine.length)));
    const rows = Math.ceil(mine.length / cols);
    const size = {
      cols,
      width: 2 * PAD + cols * MAP_CARD.width + (cols - 1) * GAP,
      height: HEAD + PAD + rows * MAP_CARD.height + (rows - 1) * GAP,
    };
    sizes.set(step, size);
    g.setNode(step, { width: size.width, height: size.height });
  }
  // One dagre edge per pair of steps, heavier with more links, so linked steps sit side by side in the link's direction.
  for (const e of edges) {
    const [a, b] = [stepOf.get(e.source)!, stepOf.get(e.target)!];
    if (a === b) continue;
    const label = g.edge(a, b) as { weight: number } | undefined;
    g.setEdge(a, b, { weight: (label?.weight ?? 0) + 1, minlen: 1 });
  }
  dagre.layout(g);

  const nodes: MapNode[] = [];
  for (const { step, cards: mine } of groups) {
    const n = g.node(step);
    const size = sizes.get(step)!;
    const x = n.x - size.width / 2;
    const y = n.y - size.height / 2;
    nodes.push({ id: `step:${step}`, kind: 'step', step, count: mine.length, x, y, width: size.width, height: size.height });
    mine.forEach((card, i) => {
      const cx = x + PAD + (i % size.cols) * (MAP_CARD.width + GAP);
      const cy = y + HEAD + Math.floor(i / size.cols) * (MAP_CARD.height + GAP);
      nodes.push({ id: card.id, kind: 'card', card, x: cx, y: cy, ...MAP_CARD });
    });
  }
  return { nodes, edges };
}
