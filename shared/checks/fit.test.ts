// Tests for channel fit: the four criteria and their points.
import { describe, expect, it } from 'vitest';
import { PLATFORMS } from '../catalogue/platforms';
import { channelFit } from './fit';
import { card, input, link } from './test-kit';

describe('channelFit', () => {
  const recruits = card('persona', { whereOnline: ['LinkedIn'] }, 'Engineers', 'p1');
  const shoppers = card('persona', { whereOnline: ['instagram'] }, 'Shoppers', 'p2');
  const hire = card('objective', { type: 'recruiting' }, '', 'o1');
  const pillar = card('pillar', { formats: ['text_post', 'carousel'] });
  const person = card('person', { hoursPerWeek: 20 });

  it('scores 100 for a channel that reaches its targets where they are, serves fitting objectives, with formats and hours', () => {
    const li = card('channel', { platform: 'linkedin', monitoredBy: 'HR' }, '', 'li');
    const ws = input({ cards: [recruits, hire, pillar, person, li], links: [link('reaches', li, recruits), link('serves', li, hire)] });
    const fit = channelFit(li, ws);
    expect(fit.score).toBe(100);
    expect(fit.reasons.map((r) => r.criterion)).toEqual(['targets', 'objectives', 'formats', 'monitoring']);
  });
  it('scores low for a channel that reaches targets elsewhere, serves an unsuited objective, and nobody watches', () => {
    const pin = card('channel', { platform: 'pinterest' }, '', 'pin');
    const ws = input({ cards: [shoppers, hire, pillar, pin], links: [link('reaches', pin, shoppers), link('serves', pin, hire)] });
    const fit = channelFit(pin, ws);
    // 10 (targets, none on Pinterest) + 10 (recruiting is not Pinterest's) + 0 (no common format) + 0 (no hours, nobody).
    expect(fit.score).toBe(20);
    expect(fit.reasons.find((r) => r.criterion === 'formats')?.text.en).toBe('The team makes none of this network’s formats.');
  });
  it('counts in each language’s plural: one target, two objectives, never "(s)"', () => {
    const ig = card('channel', { platform: 'instagram', monitoredBy: 'Camille' }, '', 'ig');
    const sell = card('objective', { type: 'sales' }, '', 'o2');
    const ws = input({
      cards: [shoppers, hire, sell, pillar, ig],
      links: [link('reaches', ig, shoppers), link('serves', ig, hire), link('serves', ig, sell)],
    });
    const text = (c: string) => channelFit(ig, ws).reasons.find((r) => r.criterion === c)?.text;
    expect(text('targets')).toEqual({
      fr: 'Touche 1 cible ; sa présence déclarée sur ce réseau : 100 %.',
      en: 'Reaches 1 target; said to be on this network: 100%.',
    });
    expect(text('objectives')?.fr).toMatch(/^Sert 2 objectifs ; ce réseau convient à \d+ % d’entre eux\.$/);
    expect(text('objectives')?.en).toMatch(/^Serves 2 objectives; this network suits \d+% of them\.$/);
    for (const r of channelFit(ig, ws).reasons) expect(`${r.text.fr} ${r.text.en}`).not.toContain('(s)');
  });
  it('gives zero for targets and objectives when the channel has no links', () => {
    const c = card('channel', { platform: 'x' });
    const fit = channelFit(c, input({ cards: [c] }), PLATFORMS);
    expect(fit.reasons.slice(0, 2).map((r) => r.points)).toEqual([0, 0]);
  });
});
