// How far the group got: the steps of the plan that hold a decision (a card), and whether the group has worked enough
// for the health score to be read as a judgement rather than as the emptiness of a plan that has just started (pure).
import type { WorkshopData } from '../../../shared/model';
import { scoreTone, type Tone } from './group';

export interface PlanProgress {
  /** Steps of the plan (not skipped) that hold at least one card. */
  decided: number;
  /** Steps of the plan (not skipped). */
  planned: number;
  /** True once any card exists: the score is worth showing. */
  started: boolean;
  /** True from half of the planned steps decided: from then on a low score is a finding, not a blank page. */
  worked: boolean;
}

export function planProgress(data: Pick<WorkshopData, 'agenda' | 'cards'>): PlanProgress {
  const planned = data.agenda.filter((e) => !e.skipped).map((e) => e.step);
  const withCards = new Set(data.cards.map((c) => c.step));
  const decided = planned.filter((s) => withCards.has(s)).length;
  return { decided, planned: planned.length, started: data.cards.length > 0, worked: planned.length > 0 && decided * 2 >= planned.length };
}

export type HeaderTone = Tone | 'plan';

/** The score's colour in the header: neutral ("plan") until the group has worked, then good / fair / poor. */
export const headerTone = (progress: PlanProgress, score: number): HeaderTone => (progress.worked ? scoreTone(score) : 'plan');
