// The agenda in the workshop's order: moves for drag and Alt+arrows, and next/previous steps past skipped ones (pure).
import { STEPS } from '../../../shared/catalogue';
import type { AgendaEntry, StepId } from '../../../shared/model';

/** The agenda sorted by position; a workshop without one (an old fixture) gets the catalogue's order and defaults. */
export function orderedAgenda(agenda: readonly AgendaEntry[] | undefined): AgendaEntry[] {
  if (agenda && agenda.length > 0) return [...agenda].sort((a, b) => a.position - b.position);
  return STEPS.map((s, i) => ({
    step: s.id,
    position: i,
    timeboxMinutes: s.timeboxMinutes,
    skipped: false,
    spentMs: 0,
    runningSince: null,
  }));
}

export const stepOrder = (agenda: readonly AgendaEntry[]): StepId[] => agenda.map((e) => e.step);

/** The order with `step` moved to index `to` (clamped); null when nothing moves. */
export function moveTo(order: readonly StepId[], step: StepId, to: number): StepId[] | null {
  const from = order.indexOf(step);
  if (from < 0) return null;
  const target = Math.max(0, Math.min(order.length - 1, to));
  if (target === from) return null;
  const next = order.filter((s) => s !== step);
  next.splice(target, 0, step);
  return next;
}

/** Alt+ArrowUp / Alt+ArrowDown: one place up (-1) or down (+1). */
export const moveBy = (order: readonly StepId[], step: StepId, delta: -1 | 1): StepId[] | null =>
  moveTo(order, step, order.indexOf(step) + delta);

/** Drop of `dragged` on `target`: it takes the target's place, before it when moving up and after it when moving down. */
export function dropOn(order: readonly StepId[], dragged: StepId, target: StepId): StepId[] | null {
  if (dragged === target) return null;
  return moveTo(order, dragged, order.indexOf(target));
}

/** The next (+1) or previous (-1) step in the agenda's order that is not skipped; null at either end. */
export function neighbourStep(agenda: readonly AgendaEntry[], current: StepId, direction: -1 | 1): StepId | null {
  const index = agenda.findIndex((e) => e.step === current);
  for (let i = index + direction; i >= 0 && i < agenda.length; i += direction) {
    const entry = agenda[i];
    if (entry && !entry.skipped) return entry.step;
  }
  return null;
}

/** 1-based position of a step among the steps kept, for "step 3 of 12". */
export function keptPosition(agenda: readonly AgendaEntry[], step: StepId): { position: number; total: number } {
  const kept = agenda.filter((e) => !e.skipped);
  return { position: kept.findIndex((e) => e.step === step) + 1, total: kept.length };
}
