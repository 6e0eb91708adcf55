// The 14 steps of the guided flow, in order, one file per step.
import { withUndecided } from '../options';
import type { StepDef, StepFile } from '../types';
import { contextStep } from './01-context';
import { convinceStep } from './02-convince';
import { objectivesStep } from './03-objectives';
import { targetsStep } from './04-targets';
import { listeningStep } from './05-listening';
import { channelsStep } from './06-channels';
import { contentStep } from './07-content';
import { calendarStep } from './08-calendar';
import { stakeholdersStep } from './09-stakeholders';
import { governanceStep } from './10-governance';
import { swotStep } from './11-swot';
import { resourcesStep } from './12-resources';
import { measurementStep } from './13-measurement';
import { risksStep } from './14-risks';

/** Each step's number is its place in this list: adding a step is one file and one line here. */
const STEP_FILES: StepFile[] = [
  contextStep,
  convinceStep,
  objectivesStep,
  targetsStep,
  listeningStep,
  channelsStep,
  contentStep,
  calendarStep,
  stakeholdersStep,
  governanceStep,
  swotStep,
  resourcesStep,
  measurementStep,
  risksStep,
];

/** Every choice question offers "not decided yet", so an open question is never recorded as a decision. */
export const STEPS: StepDef[] = STEP_FILES.map((s, i) => ({ ...s, number: i + 1, questions: s.questions.map(withUndecided) }));

export const stepById = (id: string): StepDef | undefined => STEPS.find((s) => s.id === id);

/**
 * A saved agenda order made whole: the saved steps keep their relative order, a step the save does not know
 * (added to the catalogue since) goes right after its predecessor in the catalogue, and unknown ids are dropped.
 * Positions are keyed by step id, so a new step never takes a saved position.
 */
export function completeOrder(saved: readonly string[]): StepDef['id'][] {
  const known = new Set(STEPS.map((s) => s.id));
  const order: StepDef['id'][] = [];
  for (const id of saved) if (known.has(id as StepDef['id']) && !order.includes(id as StepDef['id'])) order.push(id as StepDef['id']);
  STEPS.forEach((s, i) => {
    if (order.includes(s.id)) return;
    const before = i === 0 ? -1 : order.indexOf(STEPS[i - 1]!.id);
    order.splice(before + 1, 0, s.id);
  });
  return order;
}
