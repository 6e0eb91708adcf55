// Time maths of the agenda and the step timer: live time spent, overrun, totals against the session (pure).
import type { AgendaEntry } from '../../../shared/model';

export const MINUTE = 60_000;
/** Within this much of the timebox the timer warns that time is nearly up. */
export const SOON_MS = 2 * MINUTE;
export const ADD_MINUTES = 5;
export const MAX_TIMEBOX = 240;

export type TimerLevel = 'ok' | 'soon' | 'over';

export interface TimerView {
  running: boolean;
  spentMs: number;
  plannedMs: number;
  /** Negative once the timebox is overrun. */
  remainingMs: number;
  level: TimerLevel;
}

/**
 * The host counts a running stretch up to the moment it answered (`receivedAt` on this side),
 * so the live figure adds only what ran since.
 */
export function spentAt(entry: AgendaEntry, receivedAt: number, now: number): number {
  return entry.spentMs + (entry.runningSince !== null ? Math.max(0, now - receivedAt) : 0);
}

export function timerView(entry: AgendaEntry, receivedAt: number, now: number): TimerView {
  const spentMs = spentAt(entry, receivedAt, now);
  const plannedMs = entry.timeboxMinutes * MINUTE;
  const remainingMs = plannedMs - spentMs;
  const level: TimerLevel = remainingMs < 0 ? 'over' : remainingMs <= SOON_MS ? 'soon' : 'ok';
  return { running: entry.runningSince !== null, spentMs, plannedMs, remainingMs, level };
}

/** 75_000 -> "1:15"; 3_725_000 -> "1:02:05"; whole seconds, rounded down; the sign is the caller's. */
export function clock(ms: number): string {
  const total = Math.floor(Math.abs(ms) / 1000);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const ss = String(s).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${ss}` : `${m}:${ss}`;
}

/** The timebox after "add time": five more minutes, never above what the host accepts. */
export const addedTimebox = (minutes: number, extra = ADD_MINUTES): number => Math.min(MAX_TIMEBOX, minutes + extra);

export interface AgendaTotals {
  /** Minutes planned for the steps that are not skipped. */
  plannedMinutes: number;
  spentMs: number;
  /** Minutes the plan goes past the session; 0 when it fits or no session length is set. */
  overrunMinutes: number;
  /** Steps whose time spent already passed their timebox. */
  overrunSteps: number;
}

export function agendaTotals(agenda: readonly AgendaEntry[], sessionMinutes: number | null, receivedAt: number, now: number): AgendaTotals {
  const kept = agenda.filter((e) => !e.skipped);
  const plannedMinutes = kept.reduce((sum, e) => sum + e.timeboxMinutes, 0);
  const spentMs = agenda.reduce((sum, e) => sum + spentAt(e, receivedAt, now), 0);
  const overrunSteps = agenda.filter((e) => spentAt(e, receivedAt, now) > e.timeboxMinutes * MINUTE).length;
  const overrunMinutes = sessionMinutes === null ? 0 : Math.max(0, plannedMinutes - sessionMinutes);
  return { plannedMinutes, spentMs, overrunMinutes, overrunSteps };
}
