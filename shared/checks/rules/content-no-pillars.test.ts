// Tests for the content.no_pillars rule: cases where it fires and cases where it stays quiet.
import { describe, expect, it } from 'vitest';
import { card, input } from '../test-kit';
import { contentNoPillars } from './content-no-pillars';

describe('content.no_pillars', () => {
  it('fires with no pillar', () => {
    expect(contentNoPillars.run(input({ cards: [card('cadence')] }))).toHaveLength(1);
  });
  it('stays quiet with a pillar', () => {
    expect(contentNoPillars.run(input({ cards: [card('pillar')] }))).toEqual([]);
  });
});
