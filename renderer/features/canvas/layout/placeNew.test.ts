// New cards: at a point they take the zone's meaning; from the toolbar they go to a free slot of their home zone.
import { describe, expect, it } from 'vitest';
import { STEPS } from '../../../../shared/catalogue';
import { QUADRANTS, STAKEHOLDER_QUADRANTS, quadrantOf } from '../../../../shared/model';
import type { Rect, XY } from '../geometry';
import { layoutFor } from '.';
import { placeCards } from './place';
import { placeNew } from './placeNew';
import { testCard, testContext } from './testCards';

const step = (id: string) => STEPS.find((s) => s.id === id)!;
/** A card of this size drawn at `p` lies wholly inside `zone`. */
const inside = (zone: Rect, size: { width: number; height: number }, p: XY) =>
  p.x >= zone.x && p.y >= zone.y && p.x + size.width <= zone.x + zone.width && p.y + size.height <= zone.y + zone.height;

describe('placeNew', () => {
  it('gives a SWOT card created in the Threats quadrant the quadrant threat', () => {
    const model = layoutFor(step('swot'), testContext('swot', []));
    const threat = model.zones.find((z) => z.id === 'threat')!;
    const at = { x: threat.x + threat.width / 2, y: threat.y + threat.height / 2 };
    expect(placeNew(model, [], 'swot', at, { x: 0, y: 0 })).toEqual({
      x: at.x - 110,
      y: at.y - 60,
      width: 220,
      height: 120,
      fields: { quadrant: 'threat' },
    });
  });

  it('puts a card from the toolbar in its tray, past the cards already there', () => {
    const model = layoutFor(step('swot'), testContext('swot', []));
    const tray = model.zones.find((z) => z.id === 'tray')!;
    const first = placeNew(model, [], 'swot', null, { x: 0, y: 0 });
    expect(first).toMatchObject({ x: tray.x + 30, y: tray.y + 64, fields: {} });
    const there = testCard('swot', { step: 'swot', x: first.x, y: first.y });
    expect(placeNew(model, [there], 'swot', null, { x: 0, y: 0 }).y).toBeGreaterThan(first.y);
  });

  it('gives a stakeholder made by a double click in a quadrant its values, and the layout draws it there', () => {
    const others = [
      testCard('stakeholder', { step: 'stakeholders', fields: { power: 5, interest: 5 } }),
      testCard('stakeholder', { step: 'stakeholders' }),
    ];
    for (const q of STAKEHOLDER_QUADRANTS) {
      const model = layoutFor(step('stakeholders'), testContext('stakeholders', others));
      const zone = model.zones.find((z) => z.id === q)!;
      const place = placeNew(model, others, 'stakeholder', { x: zone.x + zone.width / 3, y: zone.y + zone.height / 2 }, { x: 0, y: 0 });
      expect(quadrantOf(place.fields)).toBe(q);
      const made = testCard('stakeholder', { step: 'stakeholders', ...place });
      const after = layoutFor(step('stakeholders'), testContext('stakeholders', [...others, made]));
      expect(inside(after.home(made)!, made, placeCards(after, [...others, made]).get(made.id)!)).toBe(true);
      expect(after.home(made)!.id).toBe(q);
    }
  });

  it('gives a SWOT card made by a double click in a quadrant that quadrant, drawn there, with the empty tray hidden', () => {
    for (const quadrant of QUADRANTS) {
      const model = layoutFor(step('swot'), testContext('swot', []));
      expect(model.zones.find((z) => z.id === 'tray')!.hidden).toBe(true);
      const zone = model.zones.find((z) => z.id === quadrant)!;
      const place = placeNew(model, [], 'swot', { x: zone.x + zone.width * 0.8, y: zone.y + zone.height * 0.9 }, { x: 0, y: 0 });
      expect(place.fields).toEqual({ quadrant });
      const made = testCard('swot', { step: 'swot', ...place });
      const after = layoutFor(step('swot'), testContext('swot', [made]));
      expect(inside(after.home(made)!, made, placeCards(after, [made]).get(made.id)!)).toBe(true);
    }
  });

  it('puts a card double-clicked among others where it was asked: no card already there jumps over it', () => {
    // Stored on the old 5 x 5 grid (as in the demo), drawn in rows of two in the quadrant.
    const old = [0, 1, 2].map((k) =>
      testCard('stakeholder', { step: 'stakeholders', x: 760 + k * 240, y: 40 + k, fields: { power: 5, interest: 5 } }),
    );
    const model = layoutFor(step('stakeholders'), testContext('stakeholders', old));
    const drawnBefore = placeCards(model, old);
    const make = (at: XY) => {
      const made = testCard('stakeholder', { step: 'stakeholders', ...placeNew(model, old, 'stakeholder', at, { x: 0, y: 0 }) });
      const all = [...old, made];
      const drawn = placeCards(layoutFor(step('stakeholders'), testContext('stakeholders', all)), all);
      return { made: drawn.get(made.id)!, others: old.map((c) => drawn.get(c.id)!) };
    };
    const zone = model.zones.find((z) => z.id === 'manage-closely')!;
    // Below every card: it comes last, the others stay where they were.
    const last = make({ x: zone.x + zone.width - 30, y: zone.y + zone.height - 10 });
    expect(last.others).toEqual(old.map((c) => drawnBefore.get(c.id)));
    expect(last.made.y).toBeGreaterThan(drawnBefore.get(old[2]!.id)!.y - 1);
    // At the top left, before the first card: it comes first.
    const first = make({ x: zone.x + 10, y: zone.y + 80 });
    expect(first.made).toEqual(drawnBefore.get(old[0]!.id));
  });

  it('puts stickies and cards of free boards where asked, or at the fallback', () => {
    const model = layoutFor(step('context'), testContext('context', []));
    expect(placeNew(model, [], 'sticky', null, { x: 7, y: 9 })).toEqual({ x: 7, y: 9, width: 200, height: 160, fields: {} });
    expect(placeNew(model, [], 'note', { x: 110, y: 60 }, { x: 0, y: 0 })).toMatchObject({ x: 0, y: 0 });
  });

  it('adds a channel as the last row of the matrix', () => {
    const c = testCard('channel', { step: 'channels', y: 300 });
    const model = layoutFor(step('channels'), testContext('channels', [c]));
    expect(placeNew(model, [c], 'channel', null, { x: 0, y: 0 })).toMatchObject({ x: 0, y: 450 });
  });
});
