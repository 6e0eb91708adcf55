// Tests for the convince.open_objection rule: cases where it fires and cases where it stays quiet.
import { describe, expect, it } from 'vitest';
import { card, input, link } from '../test-kit';
import { convinceOpenObjection } from './convince-open-objection';

describe('convince.open_objection', () => {
  it('fires for an open objection with no answer', () => {
    const [f] = convinceOpenObjection.run(input({ cards: [card('objection', { status: 'open' }, 'No budget', 'o')] }));
    expect(f).toMatchObject({ severity: 'tip', step: 'convince', cardIds: ['o'] });
  });
  it('stays quiet once answered by status or by a linked rebuttal', () => {
    const o = card('objection');
    const r = card('rebuttal');
    const cards = [o, r, card('objection', { status: 'answered' })];
    expect(convinceOpenObjection.run(input({ cards, links: [link('answers', r, o)] }))).toEqual([]);
  });
});
