// Tests for the content.no_response_time rule: cases where it fires and cases where it stays quiet.
import { describe, expect, it } from 'vitest';
import { answer, card, input } from '../test-kit';
import { contentNoResponseTime } from './content-no-response-time';

describe('content.no_response_time', () => {
  it('fires when channels exist and no response time is promised', () => {
    expect(contentNoResponseTime.run(input({ cards: [card('channel'), card('cadence', { postsPerWeek: 3 })] }))).toHaveLength(1);
  });
  it('is satisfied by a cadence’s promise or by the answer; silent with no channel', () => {
    expect(contentNoResponseTime.run(input({ cards: [card('channel'), card('cadence', { responseTimeHours: 24 })] }))).toEqual([]);
    expect(contentNoResponseTime.run(input({ cards: [card('channel')], answers: [answer('content.responseTimeHours', 12)] }))).toEqual([]);
    expect(contentNoResponseTime.run(input())).toEqual([]);
  });
});
