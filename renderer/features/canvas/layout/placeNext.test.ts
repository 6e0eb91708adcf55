// Typing cards one after the other: Enter puts the next beside the last in its zone, Tab in the next zone, never over a card.
import { describe, expect, it } from 'vitest';
import { STEPS } from '../../../../shared/catalogue';
import { layoutFor } from '.';
import { placeCards } from './place';
import { placeNext } from './placeNext';
import { testCard, testContext } from './testCards';

const step = (id: string) => STEPS.find((s) => s.id === id)!;
const apart = (a: { x: number; y: number; width: number; height: number }, b: typeof a) =>
  a.x + a.width <= b.x || b.x + b.width <= a.x || a.y + a.height <= b.y || b.y + b.height <= a.y;

describe('placeNext', () => {
  it('puts the next SWOT card beside the last one, in the same quadrant', () => {
    const model = layoutFor(step('swot'), testContext('swot', []));
    const threat = model.zones.find((z) => z.id === 'threat')!;
    const first = testCard('swot', { step: 'swot', x: threat.x + 30, y: threat.y + 70, fields: { quadrant: 'threat' } });
    const drawn = placeCards(model, [first]).get(first.id)!;
    const next = placeNext(model, [first], first, 'beside');
    expect(next.fields).toEqual({ quadrant: 'threat' });
    expect(next.y).toBe(drawn.y);
    expect(next.x).toBeGreaterThanOrEqual(drawn.x + first.width);
  });

  it('moves to the next quadrant with Tab', () => {
    const model = layoutFor(step('swot'), testContext('swot', []));
    const strength = model.zones.find((z) => z.id === 'strength')!;
    const first = testCard('swot', { step: 'swot', x: strength.x + 30, y: strength.y + 70, fields: { quadrant: 'strength' } });
    const next = placeNext(model, [first], first, 'nextZone');
    expect(next.fields.quadrant).toBeDefined();
    expect(next.fields.quadrant).not.toBe('strength');
  });

  it('never lays twenty cards typed in a row over one another', () => {
    const model = layoutFor(step('context'), testContext('context', []));
    const cards = [testCard('note', { x: 0, y: 0 })];
    for (let n = 0; n < 20; n++) {
      const p = placeNext(model, cards, cards[cards.length - 1]!, 'beside');
      cards.push(testCard('note', { x: p.x, y: p.y, fields: p.fields }));
    }
    const drawn = placeCards(model, cards);
    const boxes = cards.map((c) => ({ ...drawn.get(c.id)!, width: c.width, height: c.height }));
    for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) expect(apart(boxes[i]!, boxes[j]!)).toBe(true);
  });
});
