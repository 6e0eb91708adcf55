// Tests for the swot.strengths_only rule: strengths alone fire; a weakness or threat, on a card or answered, silences it.
import { describe, expect, it } from 'vitest';
import { healthScore, runChecks } from '../index';
import { answer, card, input } from '../test-kit';
import { swotStrengthsOnly } from './swot-strengths-only';

describe('swot.strengths_only', () => {
  const strengths = [card('swot', { quadrant: 'strength' }, 'Savoir-faire', 's1'), card('swot', { quadrant: 'opportunity' }, 'Tendance')];
  it('fires, and the SWOT step no longer scores 100', () => {
    const ws = input({ cards: strengths });
    expect(swotStrengthsOnly.run(ws)[0]).toMatchObject({ cardIds: ['s1'] });
    expect(healthScore(runChecks(ws)).steps.swot).toBeLessThan(100);
  });
  it('stays quiet with a weakness card or a top threat answered', () => {
    expect(swotStrengthsOnly.run(input({ cards: [...strengths, card('swot', { quadrant: 'weakness' })] }))).toEqual([]);
    expect(swotStrengthsOnly.run(input({ cards: strengths, answers: [answer('swot.topThreat', 'Un concurrent low-cost')] }))).toEqual([]);
    expect(swotStrengthsOnly.run(input({ cards: strengths, answers: [answer('swot.topThreat', 'à définir')] }))).toHaveLength(1);
  });
});
