// Layout zones and the meaning of a drop: quadrants, grid, ranked rows, columns, flow levels.
import { describe, expect, it } from 'vitest';
import { STEPS } from '../../../../shared/catalogue';
import { layoutFor } from '.';
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
});

describe('stakeholder grid', () => {
  const model = layoutFor(step('stakeholders'), testContext('stakeholders', []));

  it('sets power and interest from the cell: power grows upwards, interest to the right', () => {
    const card = testCard('stakeholder', { fields: { stance: 'skeptic' } });
    const topRight = middle(model, 'cell-5-5');
    expect(model.drop(card, topRight, topRight)).toEqual({ fields: { stance: 'skeptic', power: 5, interest: 5 }, keepPosition: true });
    const cell = zone(model, 'cell-1-3');
    expect(cell.y).toBeGreaterThan(zone(model, 'cell-5-3').y);
    expect(cell.x).toBeGreaterThan(zone(model, 'cell-1-1').x);
  });

  it('has a tray for cards whose power or interest is unknown', () => {
    expect(model.home(testCard('stakeholder', { fields: { power: 3 } }))?.id).toBe('tray');
    expect(model.home(testCard('stakeholder', { fields: { power: 3, interest: 2 } }))?.id).toBe('cell-3-2');
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
