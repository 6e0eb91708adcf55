// The strategy map as one chain: columns in the chain's order left to right, a lane per objective, arrows only between
// filled cells, and every card inside its own cell with none over another.
import { describe, expect, it } from 'vitest';
import type { Link, LinkKind } from '../../../../shared/model';
import { contains } from '../geometry';
import { testCard } from '../layout/testCards';
import { cardHeight, chainLayout, linesIn } from './chainLayout';

let n = 0;
const link = (kind: LinkKind, fromCard: string, toCard: string): Link => ({
  id: `l${++n}`,
  workshopId: 'w',
  kind,
  fromCard,
  toCard,
  createdAt: n,
});

describe('chainLayout', () => {
  const sales = testCard('objective', { step: 'objectives', title: 'Sell', fields: { priority: 1 } });
  const fame = testCard('objective', { step: 'objectives', title: 'Be known', fields: { priority: 2 } });
  const insta = testCard('channel', { step: 'channels', fields: { platform: 'instagram' } });
  const shop = testCard('channel', { step: 'channels', fields: { platform: 'google_business' } });
  const buyers = testCard('persona', { step: 'targets' });
  const pillar = testCard('pillar', { step: 'content' });
  const kpi = testCard('kpi', { step: 'measurement' });
  const owner = testCard('person', { step: 'resources' });
  const sticky = testCard('sticky', { step: 'objectives' });
  const cards = [fame, sales, insta, shop, buyers, pillar, kpi, owner, sticky];
  const links = [
    link('serves', insta.id, sales.id),
    link('serves', shop.id, sales.id),
    link('serves', insta.id, fame.id),
    link('reaches', insta.id, buyers.id),
    link('serves', pillar.id, sales.id),
    link('measures', kpi.id, sales.id),
    link('owns', owner.id, kpi.id),
  ];
  const { nodes, edges } = chainLayout(cards, links);
  const node = (id: string) => nodes.find((x) => x.id === id)!;

  it('puts the six columns left to right in the chain’s order, under their heads', () => {
    const heads = nodes.filter((x) => x.kind === 'head');
    expect(heads.map((h) => h.id)).toEqual(['objective', 'target', 'channel', 'content', 'kpi', 'owner'].map((c) => `head:${c}`));
    for (let i = 1; i < heads.length; i++) expect(heads[i]!.x).toBeGreaterThan(heads[i - 1]!.x + heads[i - 1]!.width);
    for (const c of nodes.filter((x) => x.kind === 'card')) expect(c.x).toBeGreaterThanOrEqual(node(`head:${c.column}`).x);
  });

  it('gives each objective a lane by priority, with its targets, channels, content, KPI and owner, and nothing else', () => {
    const lane0 = nodes.filter((x) => x.kind === 'card' && x.lane === 0).map((x) => (x.kind === 'card' ? x.card.id : ''));
    expect(lane0.sort()).toEqual([sales.id, buyers.id, insta.id, shop.id, pillar.id, kpi.id, owner.id].sort());
    const lane1 = nodes.filter((x) => x.kind === 'card' && x.lane === 1).map((x) => (x.kind === 'card' ? x.card.id : ''));
    expect(lane1.sort()).toEqual([fame.id, buyers.id, insta.id].sort());
    expect(nodes.some((x) => x.kind === 'card' && x.card.id === sticky.id)).toBe(false);
    expect(node('cell:1:objective').y).toBeGreaterThan(node('cell:0:objective').y + node('cell:0:objective').height);
  });

  it('draws an arrow between two filled cells of a lane, none into an empty one', () => {
    expect(edges.map((e) => e.id)).toContain('0:objective>target');
    expect(edges.map((e) => e.id)).toContain('0:kpi>owner');
    expect(edges.map((e) => e.id)).not.toContain('1:channel>content');
    expect(node('cell:1:content')).toMatchObject({ kind: 'cell', empty: true });
  });

  it('keeps every card inside its cell and off the others', () => {
    const placed = nodes.filter((x) => x.kind === 'card');
    for (const c of placed) {
      const cell = node(`cell:${c.lane}:${c.column}`);
      expect(contains(cell, { x: c.x, y: c.y })).toBe(true);
      expect(c.x + c.width).toBeLessThanOrEqual(cell.x + cell.width);
      expect(c.y + c.height).toBeLessThanOrEqual(cell.y + cell.height);
    }
    for (const a of placed)
      for (const b of placed)
        if (a !== b) expect(a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height).toBe(false);
  });

  it('makes each card as high as its lines of title, and a lane’s objective as high as its cell', () => {
    expect(linesIn(cardHeight(2))).toBe(2);
    expect(linesIn(cardHeight(3))).toBe(3);
    for (const lines of [2, 3]) {
      const placed = chainLayout(cards, links, lines).nodes;
      for (const c of placed) {
        if (c.kind !== 'card') continue;
        if (c.column === 'objective') {
          expect(c.height).toBe(placed.find((x) => x.id === `cell:${c.lane}:objective`)!.height - 16);
          expect(c.lines).toBe(linesIn(c.height));
        } else expect(c).toMatchObject({ height: cardHeight(lines), lines });
      }
      // The first lane holds two channels: its objective has room for more lines than the cards beside it.
      const objective = placed.find((x) => x.kind === 'card' && x.lane === 0 && x.column === 'objective')!;
      expect(objective.kind === 'card' && objective.lines).toBeGreaterThan(lines);
    }
  });
});
