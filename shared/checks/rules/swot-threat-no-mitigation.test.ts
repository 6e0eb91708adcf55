// Tests for the swot.threat_no_mitigation rule: cases where it fires and cases where it stays quiet.
import { describe, expect, it } from 'vitest';
import { card, input, link } from '../test-kit';
import { swotThreatNoMitigation } from './swot-threat-no-mitigation';

describe('swot.threat_no_mitigation', () => {
  it('fires for a threat with no mitigation, not for other quadrants', () => {
    const cards = [card('swot', { quadrant: 'threat' }, 'Backlash', 't'), card('swot', { quadrant: 'weakness' })];
    expect(swotThreatNoMitigation.run(input({ cards })).map((f) => f.cardIds)).toEqual([['t']]);
  });
  it('accepts a written mitigation or a mitigates link', () => {
    const t = card('swot', { quadrant: 'threat' });
    const r = card('risk');
    const written = card('swot', { quadrant: 'threat', mitigation: 'Crisis rule' });
    expect(swotThreatNoMitigation.run(input({ cards: [t, r, written], links: [link('mitigates', r, t)] }))).toEqual([]);
  });
});
