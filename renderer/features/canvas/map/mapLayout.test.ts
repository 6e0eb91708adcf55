// The strategy map: only the chosen steps, links between shown cards, steps placed by dagre in the links' direction.
import { describe, expect, it } from 'vitest';
import { bigWorkshop } from '../../../../test/fixtures/big-workshop';
import { contains } from '../geometry';
import { testCard } from '../layout/testCards';
import { mapLayout } from './mapLayout';

describe('mapLayout', () => {
  const objective = testCard('objective', { step: 'objectives' });
  const kpi = testCard('kpi', { step: 'measurement' });
  const persona = testCard('persona', { step: 'targets' });
  const links = [{ id: 'l', workshopId: 'w', kind: 'measures' as const, fromCard: kpi.id, toCard: objective.id, createdAt: 1 }];

  it('shows the cards of the chosen steps inside a box per step, and the links between shown cards', () => {
    const map = mapLayout([objective, kpi, persona], links, new Set(['objectives', 'measurement'] as const));
    expect(map.nodes.map((n) => n.id).sort()).toEqual([kpi.id, objective.id, 'step:measurement', 'step:objectives'].sort());
    expect(map.edges).toEqual([{ id: 'l', source: kpi.id, target: objective.id, kind: 'measures' }]);
    const node = (id: string) => map.nodes.find((n) => n.id === id)!;
    expect(node(objective.id).x).toBeGreaterThan(node(kpi.id).x);
    expect(contains(node('step:measurement'), node(kpi.id))).toBe(true);
  });

  it('leaves out links to cards of hidden steps', () => {
    expect(mapLayout([objective, kpi], links, new Set(['objectives'] as const)).edges).toEqual([]);
  });

  it('lays out a workshop of 1,000 cards and links at once, with no two cards on top of each other', () => {
    const big = bigWorkshop(1000);
    const start = performance.now();
    const map = mapLayout(big.cards, big.links, new Set(big.cards.map((c) => c.step)));
    expect(performance.now() - start).toBeLessThan(1_000);
    const cards = map.nodes.filter((n) => n.kind === 'card');
    expect(cards).toHaveLength(1000);
    expect(new Set(cards.map((n) => `${Math.round(n.x)},${Math.round(n.y)}`)).size).toBe(1000);
  });
});
