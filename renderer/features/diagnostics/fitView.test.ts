// Channel fit rows: weakest first, the platform named only when the title does not already say it.
import { describe, expect, it } from 'vitest';
import { card, input, link } from '../../../shared/checks/test-kit';
import { fitRows } from './fitView';

describe('fitRows', () => {
  it('lists channel cards weakest first, with their score and the four reasons', () => {
    const persona = card('persona', { whereOnline: ['linkedin'] }, 'Cadres', 'p1');
    const linked = card('channel', { platform: 'linkedin' }, 'Page pro', 'c1');
    const alone = card('channel', { platform: 'tiktok' }, 'Tiktok', 'c2');
    const cards = [persona, linked, alone];
    const rows = fitRows(input({ cards, links: [link('reaches', linked, persona)] }), cards);
    expect(rows.map((r) => r.card.id)).toEqual(['c2', 'c1']);
    expect(rows[0]!.fit.score).toBeLessThan(rows[1]!.fit.score);
    expect(rows[1]!.fit.reasons.map((r) => r.criterion)).toEqual(['targets', 'objectives', 'formats', 'monitoring']);
  });

  it('names the platform only when the title is something else', () => {
    const cards = [
      card('channel', { platform: 'linkedin' }, 'Linkedin', 'a'),
      card('channel', { platform: 'x' }, 'Twitter', 'b'),
      card('channel', { platform: 'linkedin' }, 'Page pro', 'c'),
      card('channel', { platform: 'instagram' }, '', 'd'),
    ];
    const rows = fitRows(input({ cards }), cards);
    const byId = Object.fromEntries(rows.map((r) => [r.card.id, [r.name, r.platform]]));
    expect(byId).toEqual({ a: ['Linkedin', null], b: ['Twitter', null], c: ['Page pro', 'LinkedIn'], d: ['Instagram', null] });
  });
});
