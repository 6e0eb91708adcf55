// The header's progress: steps decided out of the plan, and a neutral colour until the group has worked.
import { describe, expect, it } from 'vitest';
import { STEP_IDS, type AgendaEntry, type Card, type StepId } from '../../../shared/model';
import { headerTone, planProgress } from './progress';

const agenda = (skipped: StepId[] = []): AgendaEntry[] =>
  STEP_IDS.map((step, position) => ({
    step,
    position,
    timeboxMinutes: 15,
    skipped: skipped.includes(step),
    spentMs: 0,
    runningSince: null,
  }));
const card = (step: StepId): Card => ({ step }) as Card;

describe('planProgress', () => {
  it('reads a blank workshop as a plan: nothing decided, no score to show, not yet worked', () => {
    const p = planProgress({ agenda: agenda(), cards: [] });
    expect(p).toEqual({ decided: 0, planned: 14, started: false, worked: false });
    expect(headerTone(p, 49)).toBe('plan');
  });

  it('counts each planned step holding a card once, leaves skipped steps out of both counts', () => {
    const [a, b, c] = STEP_IDS;
    const p = planProgress({ agenda: agenda([c!]), cards: [card(a!), card(a!), card(b!), card(c!)] });
    expect(p).toMatchObject({ decided: 2, planned: 13, started: true, worked: false });
    expect(headerTone(p, 20)).toBe('plan');
  });

  it('gives the score its colour once half of the plan is decided', () => {
    const cards = STEP_IDS.slice(0, 7).map(card);
    const p = planProgress({ agenda: agenda(), cards });
    expect(p.worked).toBe(true);
    expect([90, 60, 30].map((s) => headerTone(p, s))).toEqual(['good', 'fair', 'poor']);
  });
});
