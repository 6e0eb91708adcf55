// Tests for the targets.none rule: cases where it fires and cases where it stays quiet.
import { describe, expect, it } from 'vitest';
import { card, input } from '../test-kit';
import { targetsNone } from './targets-none';

describe('targets.none', () => {
  it('fires as a blocker with no persona', () => {
    expect(targetsNone.run(input())[0]).toMatchObject({ severity: 'blocker', step: 'targets' });
  });
  it('stays quiet with one persona', () => {
    expect(targetsNone.run(input({ cards: [card('persona')] }))).toEqual([]);
  });
});
