// Fitting the agenda to the session: proportional, within the session, skipped steps untouched.
import { describe, expect, it } from 'vitest';
import { STEP_IDS, type AgendaEntry } from '../../../shared/model';
import { DEFAULT_AGENDA_MINUTES, DEFAULT_SESSION_MINUTES, fitTimeboxes } from './fit';

const agenda = (minutes: number[], skipped: number[] = []): AgendaEntry[] =>
  minutes.map((m, i) => ({
    step: STEP_IDS[i]!,
    position: i,
    timeboxMinutes: m,
    skipped: skipped.includes(i),
    spentMs: 0,
    runningSince: null,
  }));

describe('fitTimeboxes', () => {
  it('knows the default agenda overruns the default half-day session', () => {
    expect(DEFAULT_AGENDA_MINUTES).toBe(230);
    expect(DEFAULT_AGENDA_MINUTES).toBeGreaterThan(DEFAULT_SESSION_MINUTES);
  });

  it('scales every planned timebox by the same factor and lands within the session', () => {
    const a = agenda([30, 20, 10, 40]);
    const changes = fitTimeboxes(a, 50);
    expect(changes).toEqual([
      { step: STEP_IDS[0], timeboxMinutes: 15 },
      { step: STEP_IDS[1], timeboxMinutes: 10 },
      { step: STEP_IDS[2], timeboxMinutes: 5 },
      { step: STEP_IDS[3], timeboxMinutes: 20 },
    ]);
    expect(changes.reduce((s, c) => s + c.timeboxMinutes, 0)).toBeLessThanOrEqual(50);
  });

  it('leaves skipped steps alone and counts only the planned ones', () => {
    const changes = fitTimeboxes(agenda([60, 60, 60], [2]), 60);
    expect(changes.map((c) => c.step)).toEqual([STEP_IDS[0], STEP_IDS[1]]);
    expect(changes.every((c) => c.timeboxMinutes === 30)).toBe(true);
  });

  it('changes nothing when the plan fits, or when a minute a step cannot fit', () => {
    expect(fitTimeboxes(agenda([10, 10]), 20)).toEqual([]);
    expect(fitTimeboxes(agenda([10, 10, 10]), 2)).toEqual([]);
  });
});
