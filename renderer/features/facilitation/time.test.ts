// Tests for the timer and agenda time maths: live time spent, overrun levels, clock text, totals against the session.
import { describe, expect, it } from 'vitest';
import type { AgendaEntry } from '../../../shared/model';
import { addedTimebox, agendaTotals, clock, MINUTE, spentAt, timerView } from './time';

const entry = (over: Partial<AgendaEntry> = {}): AgendaEntry => ({
  step: 'context',
  position: 0,
  timeboxMinutes: 10,
  skipped: false,
  spentMs: 0,
  runningSince: null,
  ...over,
});

describe('time spent', () => {
  it('adds only what ran since the host answered, and nothing while paused', () => {
    expect(spentAt(entry({ spentMs: 5000 }), 1000, 9000)).toBe(5000);
    expect(spentAt(entry({ spentMs: 5000, runningSince: 500 }), 1000, 9000)).toBe(13_000);
    expect(spentAt(entry({ spentMs: 5000, runningSince: 500 }), 1000, 900)).toBe(5000);
  });

  it('warns two minutes before the end and shows the overrun after it', () => {
    const running = (spent: number) => timerView(entry({ spentMs: spent, runningSince: 0 }), 0, 0);
    expect(running(7 * MINUTE).level).toBe('ok');
    expect(running(8 * MINUTE).level).toBe('soon');
    expect(running(10 * MINUTE).level).toBe('soon');
    const over = running(12 * MINUTE + 5000);
    expect(over.level).toBe('over');
    expect(over.remainingMs).toBe(-(2 * MINUTE + 5000));
    expect(over.running).toBe(true);
    expect(timerView(entry(), 0, 0).running).toBe(false);
  });
});

describe('clock', () => {
  it('writes minutes and seconds, hours when needed, rounding down', () => {
    expect(clock(0)).toBe('0:00');
    expect(clock(75_999)).toBe('1:15');
    expect(clock(-75_000)).toBe('1:15');
    expect(clock(3_725_000)).toBe('1:02:05');
  });
});

describe('add time', () => {
  it('adds five minutes up to the host’s maximum', () => {
    expect(addedTimebox(10)).toBe(15);
    expect(addedTimebox(238)).toBe(240);
  });
});

describe('agenda totals', () => {
  const agenda = [
    entry({ step: 'context', timeboxMinutes: 60, spentMs: 70 * MINUTE }),
    entry({ step: 'convince', timeboxMinutes: 90, skipped: true, spentMs: 0 }),
    entry({ step: 'objectives', timeboxMinutes: 90, spentMs: MINUTE, runningSince: 0 }),
  ];
  it('plans only the steps kept, counts time spent on all of them, and the steps over their timebox', () => {
    const totals = agendaTotals(agenda, null, 0, MINUTE);
    expect(totals.plannedMinutes).toBe(150);
    expect(totals.spentMs).toBe(72 * MINUTE);
    expect(totals.overrunSteps).toBe(1);
    expect(totals.overrunMinutes).toBe(0);
  });
  it('says by how much the plan overruns the session', () => {
    expect(agendaTotals(agenda, 120, 0, 0).overrunMinutes).toBe(30);
    expect(agendaTotals(agenda, 180, 0, 0).overrunMinutes).toBe(0);
  });
});
