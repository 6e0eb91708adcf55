// Tests for the content.no_tone rule: cases where it fires and cases where it stays quiet.
import { describe, expect, it } from 'vitest';
import { answer, card, input } from '../test-kit';
import { contentNoTone } from './content-no-tone';

describe('content.no_tone', () => {
  it('fires when no pillar has a tone and the tone question is unanswered', () => {
    expect(contentNoTone.run(input({ cards: [card('pillar', { tone: '' })], answers: [answer('content.toneWords', [])] }))).toHaveLength(1);
  });
  it('is satisfied by a pillar’s tone or by the tone answer', () => {
    expect(contentNoTone.run(input({ cards: [card('pillar', { tone: 'warm, expert' })] }))).toEqual([]);
    expect(contentNoTone.run(input({ answers: [answer('content.toneWords', ['warm'])] }))).toEqual([]);
  });
});
