// New cards: at a point they take the zone's meaning; from the toolbar they go to a free slot of their home zone.
import { describe, expect, it } from 'vitest';
import { STEPS } from '../../../../shared/catalogue';
import { layoutFor } from '.';
import { placeNew } from './placeNew';
import { testCard, testContext } from './testCards';

const step = (id: string) => STEPS.find((s) => s.id === id)!;

describe('placeNew', () => {
  it('gives a SWOT card created in the Threats quadrant the quadrant threat', () => {
    const model = layoutFor(step('swot'), testContext('swot', []));
    const threat = model.zones.find((z) => z.id === 'threat')!;
    const at = { x: threat.x + 300, y: threat.y + 300 };
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
