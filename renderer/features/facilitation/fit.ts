// Fitting the agenda to the session: every planned step's timebox shortened in the same proportion (pure).
import type { AgendaEntry, StepId } from '../../../shared/model';
import { STEPS } from '../../../shared/catalogue/steps';

/** Minutes a new workshop's agenda plans: the catalogue's timeboxes of the 14 steps. */
export const DEFAULT_AGENDA_MINUTES = STEPS.reduce((sum, s) => sum + s.timeboxMinutes, 0);

/** The session length a new workshop starts with (half a day). */
export const DEFAULT_SESSION_MINUTES = 180;

export interface FitChange {
  step: StepId;
  timeboxMinutes: number;
}

/**
 * The timeboxes that make the planned (not skipped) steps fit in `sessionMinutes`: each scaled by the same factor,
 * rounded down, at least one minute; only the steps whose timebox changes. Empty when the plan already fits or
 * when even one minute a step cannot fit.
 */
export function fitTimeboxes(agenda: readonly AgendaEntry[], sessionMinutes: number): FitChange[] {
  const planned = agenda.filter((e) => !e.skipped);
  const total = planned.reduce((sum, e) => sum + e.timeboxMinutes, 0);
  if (total <= sessionMinutes || planned.length > sessionMinutes) return [];
  const factor = sessionMinutes / total;
  return planned
    .map((e) => ({ step: e.step, timeboxMinutes: Math.max(1, Math.floor(e.timeboxMinutes * factor)) }))
    .filter((c, i) => c.timeboxMinutes !== planned[i]!.timeboxMinutes);
}
