// The registry of every health-check rule, in the order of the guided flow.
import type { Rule } from '../types';
import { budgetCostsMissing } from './budget-costs-missing';
import { budgetNone } from './budget-none';
import { calendarNoContingency } from './calendar-no-contingency';
import { calendarNoPlan } from './calendar-no-plan';
import { capacityOver } from './capacity-over';
import { channelsNoObjective } from './channels-no-objective';
import { channelsNoTarget } from './channels-no-target';
import { channelsNone } from './channels-none';
import { channelsTooMany } from './channels-too-many';
import { channelsUnknownPlatform } from './channels-unknown-platform';
import { channelsUnmonitored } from './channels-unmonitored';
import { contentCadenceLow } from './content-cadence-low';
import { contentNoPillars } from './content-no-pillars';
import { contentNoResponseTime } from './content-no-response-time';
import { contentNoTone } from './content-no-tone';
import { contentNoValue } from './content-no-value';
import { contentResponseTooSlow } from './content-response-too-slow';
import { contentTooCommercial } from './content-too-commercial';
import { convinceImpatient } from './convince-impatient';
import { convinceOpenObjection } from './convince-open-objection';
import { convinceSkepticNoSponsor } from './convince-skeptic-no-sponsor';
import { governanceNoCharter } from './governance-no-charter';
import { governanceNoFeedbackProcess } from './governance-no-feedback-process';
import { governanceNoOutsideOpinion } from './governance-no-outside-opinion';
import { governanceNoOwner } from './governance-no-owner';
import { governanceNoTraining } from './governance-no-training';
import { governanceNoValidation } from './governance-no-validation';
import { governanceSlowValidation } from './governance-slow-validation';
import { governanceWeakTeam } from './governance-weak-team';
import { listeningNoCompetitor } from './listening-no-competitor';
import { listeningNoToolBudget } from './listening-no-tool-budget';
import { listeningNone } from './listening-none';
import { measurementNoReview } from './measurement-no-review';
import { measurementTimeframeTooShort } from './measurement-timeframe-too-short';
import { objectivesDeadlineTooSoon } from './objectives-deadline-too-soon';
import { objectivesNoDeadline } from './objectives-no-deadline';
import { objectivesNoKpi } from './objectives-no-kpi';
import { objectivesNoTarget } from './objectives-no-target';
import { objectivesNone } from './objectives-none';
import { objectivesTooMany } from './objectives-too-many';
import { resourcesNoPeople } from './resources-no-people';
import { stakeholdersMissingDepartments } from './stakeholders-missing-departments';
import { stakeholdersSkepticNoPlan } from './stakeholders-skeptic-no-plan';
import { swotStrengthsOnly } from './swot-strengths-only';
import { swotThreatNoMitigation } from './swot-threat-no-mitigation';
import { targetsEveryone } from './targets-everyone';
import { targetsNoWhereOnline } from './targets-no-where-online';
import { targetsNone } from './targets-none';
import { targetsNotRanked } from './targets-not-ranked';
import { targetsSingle } from './targets-single';

export const RULES: readonly Rule[] = [
  convinceOpenObjection,
  convinceSkepticNoSponsor,
  convinceImpatient,
  objectivesNone,
  objectivesTooMany,
  objectivesNoTarget,
  objectivesNoDeadline,
  objectivesDeadlineTooSoon,
  targetsNone,
  targetsNotRanked,
  targetsSingle,
  targetsEveryone,
  targetsNoWhereOnline,
  listeningNone,
  listeningNoCompetitor,
  channelsNone,
  channelsTooMany,
  channelsNoTarget,
  channelsNoObjective,
  channelsUnmonitored,
  channelsUnknownPlatform,
  contentNoPillars,
  contentNoValue,
  contentTooCommercial,
  contentNoTone,
  contentCadenceLow,
  contentNoResponseTime,
  contentResponseTooSlow,
  calendarNoPlan,
  calendarNoContingency,
  stakeholdersMissingDepartments,
  stakeholdersSkepticNoPlan,
  governanceNoOwner,
  governanceWeakTeam,
  governanceNoValidation,
  governanceSlowValidation,
  governanceNoFeedbackProcess,
  governanceNoCharter,
  governanceNoTraining,
  governanceNoOutsideOpinion,
  swotThreatNoMitigation,
  swotStrengthsOnly,
  budgetNone,
  budgetCostsMissing,
  listeningNoToolBudget,
  resourcesNoPeople,
  capacityOver,
  objectivesNoKpi,
  measurementTimeframeTooShort,
  measurementNoReview,
];
