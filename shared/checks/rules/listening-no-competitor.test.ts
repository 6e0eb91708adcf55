// Tests for the listening.no_competitor rule: cases where it fires and cases where it stays quiet.
import { describe, expect, it } from 'vitest';
import { card, input } from '../test-kit';
import { listeningNoCompetitor } from './listening-no-competitor';

describe('listening.no_competitor', () => {
  it('fires when findings exist but none is about a competitor', () => {
    expect(listeningNoCompetitor.run(input({ cards: [card('finding', { source: 'us' })] }))).toHaveLength(1);
  });
  it('stays quiet with a competitor finding, and leaves the empty case to listening.none', () => {
    expect(listeningNoCompetitor.run(input({ cards: [card('finding', { source: 'competitor' })] }))).toEqual([]);
    expect(listeningNoCompetitor.run(input())).toEqual([]);
  });
});
