// Tests for the stakeholders.skeptic_no_plan rule: cases where it fires and cases where it stays quiet.
import { describe, expect, it } from 'vitest';
import { card, input } from '../test-kit';
import { stakeholdersSkepticNoPlan } from './stakeholders-skeptic-no-plan';

describe('stakeholders.skeptic_no_plan', () => {
  it('fires for a powerful skeptic with no plan', () => {
    const s = card('stakeholder', { stance: 'skeptic', power: 5 }, 'CFO', 's');
    const [f] = stakeholdersSkepticNoPlan.run(input({ cards: [s] }));
    expect(f).toMatchObject({ cardIds: ['s'], field: 'plan' });
    expect(f?.message.fr).toContain('« CFO »');
  });
  it('ignores a skeptic with a plan, a weak skeptic and a powerful champion', () => {
    const cards = [
      card('stakeholder', { stance: 'skeptic', power: 4, plan: 'Show the competitor figures' }),
      card('stakeholder', { stance: 'skeptic', power: 3 }),
      card('stakeholder', { stance: 'champion', power: 5 }),
    ];
    expect(stakeholdersSkepticNoPlan.run(input({ cards }))).toEqual([]);
  });
});
