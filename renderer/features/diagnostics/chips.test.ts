// Tests for chipsOf: the chips a finding shows for the cards it concerns.
import { describe, expect, it } from 'vitest';
import { chipsOf } from './chips';

describe('chipsOf', () => {
  it('shows every card up to the limit', () => {
    expect(chipsOf(['a', 'b', 'c'], 5)).toEqual({ shown: ['a', 'b', 'c'], more: 0 });
  });

  it('shows the one card past the limit rather than "and 1 more"', () => {
    expect(chipsOf(['a', 'b', 'c', 'd', 'e', 'f'], 5)).toEqual({ shown: ['a', 'b', 'c', 'd', 'e', 'f'], more: 0 });
  });

  it('counts the rest when two or more are left over', () => {
    expect(chipsOf(['a', 'b', 'c', 'd', 'e', 'f', 'g'], 5)).toEqual({ shown: ['a', 'b', 'c', 'd', 'e'], more: 2 });
  });
});
