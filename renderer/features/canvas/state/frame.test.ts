// What a fit frames on the four-quadrant steps: the quadrants whole, the tray only when a card waits in it.
import { describe, expect, it } from 'vitest';
import { STEPS } from '../../../../shared/catalogue';
import type { Card } from '../../../../shared/model';
import { layoutFor } from '../layout';
import { placeCards } from '../layout/place';
import { placeNew } from '../layout/placeNew';
import { testCard, testContext } from '../layout/testCards';
import { buildNodes } from '../nodes/build';
import { frameOf } from './frame';

const step = (id: string) => STEPS.find((s) => s.id === id)!;

/** The nodes the canvas draws for a step's cards, and the box a fit frames. */
function framed(stepId: 'swot' | 'stakeholders', cards: Card[]) {
  const model = layoutFor(step(stepId), testContext(stepId, cards));
  const nodes = buildNodes(model, cards, placeCards(model, cards), {
    readOnly: false,
    votes: null,
    canVote: false,
    primaryId: null,
    stepKinds: step(stepId).cardKinds,
  });
  return { model, nodes, frame: frameOf(nodes)! };
}

const holds = (outer: { x: number; y: number; width: number; height: number }, inner: typeof outer) =>
  inner.x >= outer.x &&
  inner.y >= outer.y &&
  inner.x + inner.width <= outer.x + outer.width &&
  inner.y + inner.height <= outer.y + outer.height;

describe('frameOf on SWOT', () => {
  const sorted = (['strength', 'weakness', 'opportunity', 'threat'] as const).map((quadrant) =>
    testCard('swot', { step: 'swot', fields: { quadrant } }),
  );

  it('frames the four quadrants whole and no empty tray (the room saw a strip of it and the right quadrants cut)', () => {
    const { model, nodes, frame } = framed('swot', sorted);
    expect(nodes.some((n) => n.id === 'zone:tray')).toBe(false);
    for (const z of model.zones.filter((z) => z.id !== 'tray')) expect(holds(frame, z)).toBe(true);
    expect(frame.x).toBe(0);
  });

  it('still frames every quadrant once a new card waits in the tray (a fit on the card alone lost Threats)', () => {
    const before = layoutFor(step('swot'), testContext('swot', sorted));
    const place = placeNew(before, sorted, 'swot', null, { x: 0, y: 0 });
    const added = testCard('swot', { step: 'swot', ...place });
    const { model, nodes, frame } = framed('swot', [...sorted, added]);
    expect(nodes.some((n) => n.id === 'zone:tray')).toBe(true);
    for (const z of model.zones) expect(holds(frame, z)).toBe(true);
  });
});

describe('frameOf on the stakeholder grid', () => {
  it('frames the four quadrants and the axes whole, whichever quadrant holds the cards', () => {
    const card = testCard('stakeholder', { step: 'stakeholders', fields: { power: 5, interest: 5 } });
    const { model, frame } = framed('stakeholders', [card]);
    for (const z of model.zones.filter((z) => !z.hidden)) expect(holds(frame, z)).toBe(true);
  });
});
