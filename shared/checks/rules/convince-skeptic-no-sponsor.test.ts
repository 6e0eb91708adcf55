// Tests for the convince.skeptic_no_sponsor rule: a powerful skeptic with no sponsor fires; a sponsor answered or on a card silences it.
import { describe, expect, it } from 'vitest';
import { healthScore, runChecks } from '../index';
import { answer, card, input, participant } from '../test-kit';
import { convinceSkepticNoSponsor } from './convince-skeptic-no-sponsor';

describe('convince.skeptic_no_sponsor', () => {
  const ceo = card('stakeholder', { stance: 'skeptic', power: 5, department: 'executive' }, 'PDG', 'ceo');
  it('fires for a powerful skeptic stakeholder, or a skeptic executive in the room, and lowers the convince step', () => {
    const ws = input({ cards: [ceo] });
    expect(convinceSkepticNoSponsor.run(ws)[0]).toMatchObject({ cardIds: ['ceo'] });
    expect(healthScore(runChecks(ws)).steps.convince).toBeLessThan(95);
    const room = input({ participants: [participant('M. Durand', 'Direction générale', 'skeptic')] });
    expect(convinceSkepticNoSponsor.run(room)[0]?.message.fr).toContain('M. Durand');
  });
  it('stays quiet once a sponsor is named, by answer or by card, but not with "pas encore décidé"', () => {
    expect(convinceSkepticNoSponsor.run(input({ cards: [ceo], answers: [answer('convince.sponsor', 'Claire, DAF')] }))).toEqual([]);
    const champion = card('stakeholder', { stance: 'champion', department: 'executive' }, 'DG adjointe');
    expect(convinceSkepticNoSponsor.run(input({ cards: [ceo, champion] }))).toEqual([]);
    expect(convinceSkepticNoSponsor.run(input({ cards: [ceo], answers: [answer('convince.sponsor', 'pas encore décidé')] }))).toHaveLength(
      1,
    );
  });
});
