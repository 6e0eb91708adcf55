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
  it('puts the next SWOT card just after the last one typed: drawn beside it, the cards that followed moving on', () => {
    const threat = (y: number) => testCard('swot', { step: 'swot', x: 400, y, fields: { quadrant: 'threat' } });
    const [first, later] = [threat(500), threat(900)];
    const model = layoutFor(step('swot'), testContext('swot', [first!, later!]));
    const next = placeNext(model, [first!, later!], first!, 'beside');
    expect(next.fields).toEqual({ quadrant: 'threat' });
    const made = testCard('swot', { step: 'swot', ...next });
    const all = [first!, later!, made];
    const drawn = placeCards(layoutFor(step('swot'), testContext('swot', all)), all);
    const [a, b, c] = [drawn.get(first!.id)!, drawn.get(made.id)!, drawn.get(later!.id)!];
    expect(b.y).toBe(a.y);
    expect(b.x).toBeGreaterThanOrEqual(a.x + first!.width);
    expect(c.y).toBeGreaterThan(a.y);
  });

  it('puts the card Tab makes after the last card of the next zone', () => {
    const strength = testCard('swot', { step: 'swot', fields: { quadrant: 'strength' } });
    const weak = testCard('swot', { step: 'swot', x: 900, y: 900, fields: { quadrant: 'weakness' } });
    const model = layoutFor(step('swot'), testContext('swot', [strength, weak]));
    const next = placeNext(model, [strength, weak], strength, 'nextZone');
    expect(next.fields).toEqual({ quadrant: 'weakness' });
    const made = testCard('swot', { step: 'swot', ...next });
    const all = [strength, weak, made];
    const drawn = placeCards(layoutFor(step('swot'), testContext('swot', all)), all);
    expect(drawn.get(made.id)!.x).toBeGreaterThan(drawn.get(weak.id)!.x);
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
