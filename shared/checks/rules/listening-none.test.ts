// Tests for the listening.none rule: cases where it fires and cases where it stays quiet.
import { describe, expect, it } from 'vitest';
import { card, input } from '../test-kit';
import { listeningNone } from './listening-none';

describe('listening.none', () => {
  it('fires with no finding card', () => {
    expect(listeningNone.run(input())[0]).toMatchObject({ ruleId: 'listening.none', step: 'listening' });
  });
  it('stays quiet with a finding', () => {
    expect(listeningNone.run(input({ cards: [card('finding', { source: 'us' })] }))).toEqual([]);
  });
});
