// Tests for the agenda order: catalogue fallback, moves by drag and by Alt+arrows, next and previous past skipped steps.
import { describe, expect, it } from 'vitest';
import { STEPS } from '../../../shared/catalogue';
import type { AgendaEntry, StepId } from '../../../shared/model';
import { dropOn, keptPosition, moveBy, moveTo, neighbourStep, orderedAgenda, stepOrder } from './agendaOrder';

const agenda = (steps: StepId[], skipped: StepId[] = []): AgendaEntry[] =>
  steps.map((step, position) => ({ step, position, timeboxMinutes: 10, skipped: skipped.includes(step), spentMs: 0, runningSince: null }));

describe('agenda order', () => {
  it('sorts by position and falls back to the catalogue', () => {
    const shuffled = agenda(['context', 'convince', 'objectives']).reverse();
    expect(stepOrder(orderedAgenda(shuffled))).toEqual(['context', 'convince', 'objectives']);
    const fallback = orderedAgenda([]);
    expect(stepOrder(fallback)).toEqual(STEPS.map((s) => s.id));
    expect(fallback[2]?.timeboxMinutes).toBe(STEPS[2]?.timeboxMinutes);
  });

  it('moves a step one place with Alt+arrows, and not past either end', () => {
    const order: StepId[] = ['context', 'convince', 'objectives'];
    expect(moveBy(order, 'convince', -1)).toEqual(['convince', 'context', 'objectives']);
    expect(moveBy(order, 'convince', 1)).toEqual(['context', 'objectives', 'convince']);
    expect(moveBy(order, 'context', -1)).toBeNull();
    expect(moveBy(order, 'objectives', 1)).toBeNull();
    expect(moveTo(order, 'swot', 0)).toBeNull();
  });

  it('drops a dragged step in the place of the one it lands on', () => {
    const order: StepId[] = ['context', 'convince', 'objectives', 'targets'];
    expect(dropOn(order, 'targets', 'convince')).toEqual(['context', 'targets', 'convince', 'objectives']);
    expect(dropOn(order, 'context', 'objectives')).toEqual(['convince', 'objectives', 'context', 'targets']);
    expect(dropOn(order, 'context', 'context')).toBeNull();
  });

  it('goes to the next and previous steps that are not skipped', () => {
    const a = agenda(['context', 'convince', 'objectives', 'targets'], ['convince', 'targets']);
    expect(neighbourStep(a, 'context', 1)).toBe('objectives');
    expect(neighbourStep(a, 'objectives', -1)).toBe('context');
    expect(neighbourStep(a, 'objectives', 1)).toBeNull();
    expect(neighbourStep(a, 'context', -1)).toBeNull();
    // From a skipped step the neighbours still work.
    expect(neighbourStep(a, 'convince', 1)).toBe('objectives');
    expect(keptPosition(a, 'objectives')).toEqual({ position: 2, total: 2 });
  });
});
