// Measurement: objectives (step 3) on top and the KPIs that measure them below, laid out by dagre; a KPI dropped on an objective measures it.
import dagre from '@dagrejs/dagre';
import type { Card } from '../../../../shared/model';
import { CARD_H, CARD_W, contains, type XY } from '../geometry';
import type { ExtraNode, LayoutContext, LayoutModel, Zone } from './types';

const GAP = 24;

export function treeLayout(ctx: LayoutContext): LayoutModel {
  const objectives = ctx.allCards.filter((c) => c.kind === 'objective' && c.step !== ctx.step);
  const kpis = ctx.cards.filter((c) => c.kind === 'kpi');
  const objectiveIds = new Set(objectives.map((c) => c.id));
  const kpiIds = new Set(kpis.map((c) => c.id));
  const measures = ctx.links.filter((l) => l.kind === 'measures' && kpiIds.has(l.fromCard) && objectiveIds.has(l.toCard));
  const linked = new Set(measures.map((l) => l.fromCard));

  const g = new dagre.graphlib.Graph();
  g.setGraph({ rankdir: 'TB', nodesep: 40, ranksep: 110, marginx: 0, marginy: 0 });
  g.setDefaultEdgeLabel(() => ({}));
  for (const c of objectives) g.setNode(c.id, { width: CARD_W, height: CARD_H });
  for (const c of kpis) if (linked.has(c.id)) g.setNode(c.id, { width: CARD_W, height: CARD_H });
  for (const l of measures) g.setEdge(l.toCard, l.fromCard);
  dagre.layout(g);

  const positions = new Map<string, XY>();
  let bottom = 0;
  let right = 0;
  // A KPI taller than a card (the room's view makes it as tall as its title) hangs from its place: the band under
  // the tree starts below it.
  const heights = new Map(kpis.map((c) => [c.id, Math.max(CARD_H, c.height)]));
  for (const id of g.nodes()) {
    const n = g.node(id);
    positions.set(id, { x: n.x - CARD_W / 2, y: n.y - CARD_H / 2 });
    bottom = Math.max(bottom, n.y - CARD_H / 2 + (heights.get(id) ?? CARD_H));
    right = Math.max(right, n.x + CARD_W / 2);
  }
  const extras: ExtraNode[] = objectives.map((card) => ({
    type: 'ref',
    id: card.id,
    card,
    position: positions.get(card.id) ?? { x: 0, y: 0 },
    width: CARD_W,
    height: CARD_H,
  }));

  const zones: Zone[] = [];
  if (objectives.length === 0) {
    zones.push({
      id: 'no-objectives',
      label: { key: 'canvas.zone.noObjectives' },
      tone: 'tray',
      x: 0,
      y: 0,
      width: 720,
      height: CARD_H,
      labelAt: 'centre',
    });
    bottom = CARD_H;
  }
  const unlinked = kpis.filter((c) => !linked.has(c.id));
  const bandY = bottom + 60;
  const perRow = Math.max(4, Math.floor(Math.max(right, 720) / (CARD_W + GAP)));
  // Each row of the band as tall as its tallest card.
  let rowY = bandY + 60;
  for (let start = 0; start < unlinked.length; start += perRow) {
    const row = unlinked.slice(start, start + perRow);
    row.forEach((c, i) => positions.set(c.id, { x: 24 + i * (CARD_W + GAP), y: rowY }));
    rowY += Math.max(...row.map((c) => heights.get(c.id) ?? CARD_H)) + GAP;
  }
  zones.push({
    id: 'unlinked',
    label: { key: 'canvas.zone.unlinkedKpis' },
    tone: 'tray',
    x: 0,
    y: bandY,
    width: Math.max(right, 24 + perRow * (CARD_W + GAP)),
    height: 20 + Math.max(rowY, bandY + 60 + CARD_H + GAP) - bandY,
  });

  const refAt = (at: XY): Card | undefined =>
    objectives.find((c) => {
      const p = positions.get(c.id);
      return p && contains({ ...p, width: CARD_W, height: CARD_H }, at);
    });
  return {
    layout: 'tree',
    zones,
    governs: (kind) => kind === 'kpi',
    home: () => null,
    positions,
    extras,
    drop: (card, at) => {
      if (card.kind !== 'kpi') return { keepPosition: true };
      const target = refAt(at);
      const already = target && measures.some((l) => l.fromCard === card.id && l.toCard === target.id);
      return target && !already ? { link: { kind: 'measures', toCard: target.id }, keepPosition: false } : { keepPosition: false };
    },
  };
}
