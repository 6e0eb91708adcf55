// Tests for the content.response_too_slow rule: cases where it fires and cases where it stays quiet.
import { describe, expect, it } from 'vitest';
import { answer, card, input } from '../test-kit';
import { contentResponseTooSlow } from './content-response-too-slow';

describe('content.response_too_slow', () => {
  it('fires when the promise on X is slower than the 2 h people expect there', () => {
    const x = card('channel', { platform: 'x' }, '', 'x');
    const k = card('cadence', { platform: 'x', responseTimeHours: 24 }, '', 'k');
    const [f] = contentResponseTooSlow.run(input({ cards: [x, k] }));
    expect(f).toMatchObject({ severity: 'tip', cardIds: ['x', 'k'] });
  });
  it('uses the workshop-wide answer when no cadence promises anything', () => {
    const x = card('channel', { platform: 'x' });
    expect(contentResponseTooSlow.run(input({ cards: [x], answers: [answer('content.responseTimeHours', 48)] }))).toHaveLength(1);
  });
  it('stays quiet when the promise is fast enough', () => {
    const cards = [card('channel', { platform: 'linkedin' }), card('cadence', { platform: 'linkedin', responseTimeHours: 8 })];
    expect(contentResponseTooSlow.run(input({ cards }))).toEqual([]);
  });
});
