// Layout zones and the meaning of a drop: quadrants, grid, ranked rows, columns, flow levels.
import { describe, expect, it } from 'vitest';
import { STEPS } from '../../../../shared/catalogue';
import { layoutFor } from '.';
import { placeCards } from './place';
import { testCard, testContext } from './testCards';
import type { LayoutModel } from './types';

const step = (id: string) => STEPS.find((s) => s.id === id)!;
const zone = (m: LayoutModel, id: string) => m.zones.find((z) => z.id === id)!;
const middle = (m: LayoutModel, id: string) => {
  const z = zone(m, id);
  return { x: z.x + z.width / 2, y: z.y + z.height / 2 };
};

describe('SWOT quadrants', () => {
  const model = layoutFor(step('swot'), testContext('swot', []));

  it('puts a card in the quadrant its field names, and a card without one in the tray', () => {
    expect(model.home(testCard('swot', { fields: { quadrant: 'threat' } }))?.id).toBe('threat');
    expect(model.home(testCard('swot'))?.id).toBe('tray');
    expect(model.home(testCard('sticky'))).toBeNull();
  });

  it('gives a card dropped in Threats the quadrant threat, keeping its other fields', () => {
    const card = testCard('swot', { fields: { quadrant: 'strength', mitigation: 'plan' } });
    const at = middle(model, 'threat');
    expect(model.drop(card, at, at)).toEqual({ fields: { quadrant: 'threat', mitigation: 'plan' }, keepPosition: true });
  });

  it('removes the quadrant in the tray, changes nothing within the same quadrant, refuses a drop outside', () => {
    const card = testCard('swot', { fields: { quadrant: 'weakness' } });
    expect(model.drop(card, middle(model, 'tray'), middle(model, 'tray'))).toEqual({ fields: {}, keepPosition: true });
    expect(model.drop(card, middle(model, 'weakness'), middle(model, 'weakness'))).toEqual({ keepPosition: true });
    expect(model.drop(card, { x: 99_999, y: 0 }, { x: 99_999, y: 0 })).toBe('refuse');
  });

  it('leaves stickies and groups free anywhere', () => {
    expect(model.drop(testCard('group'), { x: 99_999, y: 0 }, { x: 0, y: 0 })).toEqual({ keepPosition: true });
  });

  it('draws the tray only while a card waits in it (an empty one showed as a strip cut by the fit)', () => {
    expect(zone(model, 'tray').hidden).toBe(true);
    const sorted = layoutFor(step('swot'), testContext('swot', [testCard('swot', { step: 'swot', fields: { quadrant: 'threat' } })]));
    expect(zone(sorted, 'tray').hidden).toBe(true);
    const waiting = layoutFor(step('swot'), testContext('swot', [testCard('swot', { step: 'swot' })]));
    expect(zone(waiting, 'tray').hidden).toBe(false);
  });

  it('asks a fit to frame the four quadrants whole, and keeps a sparse board small', () => {
    const quadrants = model.zones.filter((z) => z.id !== 'tray');
    expect(quadrants.every((z) => z.framed)).toBe(true);
    expect(zone(model, 'weakness').x).toBe(zone(model, 'strength').width);
    expect(zone(model, 'threat').y).toBe(zone(model, 'strength').height);
    // One row of two cards per quadrant: the room sees the cards large once the four are framed.
    expect(zone(model, 'strength').width).toBeLessThan(3 * 220);
    expect(zone(model, 'strength').height).toBeLessThan(2 * 120 + 72);
  });

  it('lines cards up in rows of two in the order the group put them, none over another, the fuller row growing', () => {
    const cards = [300, 10, 200, 100, 0].map((y, i) =>
      testCard('swot', { step: 'swot', fields: { quadrant: 'strength' }, x: i * 7, y, title: `y${y}` }),
    );
    const grown = layoutFor(step('swot'), testContext('swot', cards));
    const strength = zone(grown, 'strength');
    expect(strength.height).toBeGreaterThan(zone(model, 'strength').height);
    expect(zone(grown, 'weakness').height).toBe(strength.height);
    expect(zone(grown, 'opportunity').y).toBe(strength.height);
    const drawn = placeCards(grown, cards);
    const order = [...cards].sort((a, b) => {
      const p = drawn.get(a.id)!;
      const q = drawn.get(b.id)!;
      return p.y - q.y || p.x - q.x;
    });
    expect(order.map((c) => c.title)).toEqual(['y0', 'y10', 'y100', 'y200', 'y300']);
    const boxes = cards.map((c) => ({ ...drawn.get(c.id)!, width: c.width, height: c.height }));
    for (const b of boxes) {
      expect(b.x + b.width).toBeLessThanOrEqual(strength.x + strength.width);
      expect(b.y + b.height).toBeLessThanOrEqual(strength.y + strength.height);
      for (const o of boxes)
        if (o !== b) expect(b.x + b.width <= o.x || o.x + o.width <= b.x || b.y + b.height <= o.y || o.y + o.height <= b.y).toBe(true);
    }
  });
});

describe('stakeholder quadrants', () => {
  const model = layoutFor(step('stakeholders'), testContext('stakeholders', []));

  it('names four quadrants, power upwards and interest to the right, and has no cell outside them', () => {
    const names = model.zones.filter((z) => z.assign && z.id !== 'tray').map((z) => z.id);
    expect(names.sort()).toEqual(['keep-informed', 'keep-satisfied', 'manage-closely', 'monitor']);
    expect(zone(model, 'manage-closely').label).toEqual({ key: 'canvas.zone.manageClosely' });
    expect(zone(model, 'manage-closely').x).toBeGreaterThan(zone(model, 'keep-satisfied').x);
    expect(zone(model, 'monitor').y).toBeGreaterThan(zone(model, 'keep-satisfied').y);
    expect(zone(model, 'keep-informed').x).toBe(zone(model, 'manage-closely').x);
  });

  it('puts a card in the quadrant of its values, the old middle values included', () => {
    const home = (power: number, interest: number) => model.home(testCard('stakeholder', { fields: { power, interest } }))?.id;
    expect(home(5, 5)).toBe('manage-closely');
    expect(home(5, 3)).toBe('keep-satisfied');
    expect(home(3, 3)).toBe('monitor');
    expect(home(2, 4)).toBe('keep-informed');
    expect(model.home(testCard('stakeholder', { fields: { power: 3 } }))?.id).toBe('tray');
  });

  it('moves only the axis that changes on a drop, keeps the other fields, and clears both in the tray', () => {
    const card = testCard('stakeholder', { fields: { power: 5, interest: 1, stance: 'skeptic' } });
    const at = middle(model, 'manage-closely');
    expect(model.drop(card, at, at)).toEqual({ fields: { power: 5, interest: 4, stance: 'skeptic' }, keepPosition: true });
    const same = middle(model, 'keep-satisfied');
    expect(model.drop(card, same, same)).toEqual({ keepPosition: true });
    const tray = middle(model, 'tray');
    expect(model.drop(card, tray, tray)).toEqual({ fields: { stance: 'skeptic' }, keepPosition: true });
    expect(model.drop(card, { x: 99_999, y: 0 }, { x: 99_999, y: 0 })).toBe('refuse');
  });

  it('grows a row of quadrants with the cards it holds, so that none is pushed out', () => {
    const many = Array.from({ length: 9 }, () => testCard('stakeholder', { step: 'stakeholders', fields: { power: 5, interest: 5 } }));
    const grown = layoutFor(step('stakeholders'), testContext('stakeholders', many));
    expect(zone(grown, 'manage-closely').height).toBeGreaterThan(zone(model, 'manage-closely').height);
    expect(zone(grown, 'keep-satisfied').height).toBe(zone(grown, 'manage-closely').height);
    expect(zone(grown, 'monitor').y).toBe(zone(grown, 'manage-closely').height);
  });
});

describe('ranked rows', () => {
  it('has five priority rows for objectives and sets the priority of the row', () => {
    const model = layoutFor(step('objectives'), testContext('objectives', []));
    expect(model.zones.filter((z) => z.id.startsWith('row-'))).toHaveLength(5);
    const card = testCard('objective', { fields: { priority: 4 } });
    expect(model.drop(card, middle(model, 'row-2'), middle(model, 'row-2'))).toEqual({ fields: { priority: 2 }, keepPosition: true });
    expect(model.drop(card, middle(model, 'tray'), middle(model, 'tray'))).toEqual({ fields: {}, keepPosition: true });
  });

  it('gives targets one more rank row than the highest rank used', () => {
    const cards = [testCard('persona', { step: 'targets', fields: { rank: 6 } })];
    const model = layoutFor(step('targets'), testContext('targets', cards));
    expect(model.zones.filter((z) => z.id.startsWith('row-'))).toHaveLength(7);
    expect(model.home(cards[0]!)?.id).toBe('row-6');
  });
});

describe('columns', () => {
  it('keeps objections and answers in their own columns (step 2)', () => {
    const model = layoutFor(step('convince'), testContext('convince', []));
    const objection = testCard('objection');
    expect(model.drop(objection, middle(model, 'answers'), middle(model, 'answers'))).toBe('refuse');
    expect(model.drop(objection, middle(model, 'objections'), middle(model, 'objections'))).toEqual({ keepPosition: true });
    expect(model.home(testCard('evidence'))?.id).toBe('answers');
  });

  it('sets the escalation level of a governance rule from its column (step 10)', () => {
    const model = layoutFor(step('governance'), testContext('governance', []));
    const rule = testCard('governance_rule', { fields: { rule: 'crisis' } });
    expect(model.drop(rule, middle(model, 'level-3'), middle(model, 'level-3'))).toEqual({
      fields: { rule: 'crisis', escalationLevel: 3 },
      keepPosition: true,
    });
  });

  it('grows the columns with the cards', () => {
    const deep = testCard('risk', { step: 'risks', y: 2_000 });
    const model = layoutFor(step('risks'), testContext('risks', [deep]));
    expect(zone(model, 'risks').height).toBeGreaterThan(2_000);
  });
});

describe('free boards', () => {
  it('has no zone and keeps every drop', () => {
    const model = layoutFor(step('context'), testContext('context', []));
    expect(model.zones).toEqual([]);
    expect(model.drop(testCard('note'), { x: 5, y: 5 }, { x: 5, y: 5 })).toEqual({ keepPosition: true });
  });
});

describe('stakeholder quadrants: cards from the old 5 x 5 grid', () => {
  it('draws each card in the quadrant of its values, in rows of two, none over another, its values untouched', () => {
    // Old positions: cell (power, interest) at x = (interest - 1) * 260, y = (5 - power) * 160, two cards in one cell.
    const old = (power: number, interest: number, n = 0) =>
      testCard('stakeholder', {
        step: 'stakeholders',
        x: (interest - 1) * 260 + n * 14,
        y: (5 - power) * 160 + n * 14,
        fields: { power, interest },
      });
    const cards = [old(5, 4), old(4, 2), old(3, 3), old(3, 3, 1), old(3, 5), old(2, 1)];
    const model = layoutFor(step('stakeholders'), testContext('stakeholders', cards));
    const at = placeCards(model, cards);
    const rects = cards.map((c) => ({ ...at.get(c.id)!, width: c.width, height: c.height }));
    cards.forEach((c, i) => {
      const home = model.home(c)!;
      const r = rects[i]!;
      expect(r.x >= home.x && r.y >= home.y && r.x + r.width <= home.x + home.width && r.y + r.height <= home.y + home.height).toBe(true);
    });
    expect(cards.map((c) => model.home(c)!.id)).toEqual([
      'manage-closely',
      'keep-satisfied',
      'monitor',
      'monitor',
      'keep-informed',
      'monitor',
    ]);
    for (const a of rects)
      for (const b of rects)
        if (a !== b) expect(a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height).toBe(false);
  });
});
