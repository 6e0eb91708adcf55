// The 14 steps of the guided flow, in order, one file per step.
import { withUndecided } from '../options';
import type { StepDef } from '../types';
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

/** Every choice question offers "not decided yet", so an open question is never recorded as a decision. */
export const STEPS: StepDef[] = [
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
].map((s) => ({ ...s, questions: s.questions.map(withUndecided) }));

export const stepById = (id: string): StepDef | undefined => STEPS.find((s) => s.id === id);
