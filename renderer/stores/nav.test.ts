// Routes and the URL hash: what a reload or a bookmark brings back.
import { describe, expect, it } from 'vitest';
import { createNavStore, formatHash, parseHash } from './nav';

describe('nav', () => {
  it('parses and formats the hash both ways', () => {
    expect(parseHash('')).toEqual({ screen: 'library', trash: false });
    expect(parseHash('#/trash')).toEqual({ screen: 'library', trash: true });
    expect(parseHash('#/workshop/abc_1/channels')).toEqual({ screen: 'workshop', workshopId: 'abc_1', step: 'channels' });
    expect(parseHash('#/workshop/abc')).toEqual({ screen: 'workshop', workshopId: 'abc', step: 'context' });
    expect(parseHash('#/workshop/abc/nope')).toEqual({ screen: 'workshop', workshopId: 'abc', step: 'context' });
    expect(parseHash('#/workshop/<bad>/x')).toEqual({ screen: 'library', trash: false });
    for (const hash of ['#/', '#/trash', '#/workshop/w1/swot']) expect(formatHash(parseHash(hash))).toBe(hash);
  });

  it('moves between screens and steps', () => {
    const nav = createNavStore();
    nav.getState().setStep('swot');
    expect(nav.getState().route).toEqual({ screen: 'library', trash: false });
    nav.getState().openWorkshop('w1');
    nav.getState().setStep('swot');
    expect(nav.getState().route).toEqual({ screen: 'workshop', workshopId: 'w1', step: 'swot' });
    nav.getState().openLibrary(true);
    expect(nav.getState().route).toEqual({ screen: 'library', trash: true });
  });
});
