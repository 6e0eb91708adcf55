// Link kind choice: the kind made for two cards, either way round, relates as the fallback, refusals with their reason.
import { describe, expect, it } from 'vitest';
import { LINK_RULES } from '../../../../shared/model';
import { decideLink, specificKinds } from './decide';

const card = (id: string, kind: string, fields: Record<string, unknown> = {}) => ({ id, kind, fields });

describe('decideLink', () => {
  it('makes a KPI measure an objective, whichever way it is dragged', () => {
    expect(decideLink('auto', card('k', 'kpi'), card('o', 'objective'))).toEqual({ type: 'create', kind: 'measures', from: 'k', to: 'o' });
    expect(decideLink('auto', card('o', 'objective'), card('k', 'kpi'))).toEqual({ type: 'create', kind: 'measures', from: 'k', to: 'o' });
  });

  it('falls back to relates when no kind is made for the two cards', () => {
    expect(decideLink('auto', card('k', 'kpi'), card('p', 'persona'))).toEqual({ type: 'create', kind: 'relates', from: 'k', to: 'p' });
  });

  it('refuses a mitigation of a SWOT card that is not a threat, and accepts it on a threat', () => {
    const strength = card('s', 'swot', { quadrant: 'strength' });
    const threat = card('t', 'swot', { quadrant: 'threat' });
    expect(decideLink('auto', card('a', 'swot', { quadrant: 'strength' }), strength)).toMatchObject({
      type: 'refuse',
      kind: 'mitigates',
      problem: 'not_a_threat',
    });
    expect(decideLink('auto', strength, threat)).toEqual({ type: 'create', kind: 'mitigates', from: 's', to: 't' });
  });

  it('refuses a kind picked in the toolbar that fits neither way, and turns it round when it fits the other way', () => {
    expect(decideLink('measures', card('o', 'objective'), card('p', 'persona'))).toEqual({
      type: 'refuse',
      kind: 'measures',
      problem: 'from_kind',
      cardKind: 'objective',
    });
    expect(decideLink('reaches', card('k', 'kpi'), card('o', 'objective'))).toMatchObject({ type: 'refuse', problem: 'from_kind' });
    expect(decideLink('reaches', card('p', 'persona'), card('c', 'channel'))).toEqual({
      type: 'create',
      kind: 'reaches',
      from: 'c',
      to: 'p',
    });
  });

  it('refuses a card linked to itself', () => {
    expect(decideLink('auto', card('a', 'note'), card('a', 'note'))).toMatchObject({ type: 'refuse', problem: 'self' });
  });

  it('asks when several kinds are made for the two cards', () => {
    const rules = { ...LINK_RULES, owns: { from: ['channel'], to: ['persona'] } };
    expect(specificKinds('channel', 'persona', rules)).toEqual(['reaches', 'owns']);
    expect(decideLink('auto', card('c', 'channel'), card('p', 'persona'), rules)).toEqual({
      type: 'ask',
      kinds: ['reaches', 'owns', 'relates'],
      from: 'c',
      to: 'p',
    });
  });
});
