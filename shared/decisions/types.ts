// The shapes of the one reading of decisions: whether the group decided, what, and where it is recorded.
import type { DEPARTMENTS, WorkshopData } from '../model';

export type Department = (typeof DEPARTMENTS)[number];

/** Where a decision is recorded: a guided question's answer, one or more cards, or both. */
export type Where = 'answer' | 'card' | 'both';

export interface Decision<T> {
  decided: boolean;
  /** What was decided; the answer's value when both say something, unless the kind's reader says otherwise. */
  value?: T;
  where?: Where;
  /** The cards that record it, in a stable order. */
  cardIds: string[];
  /** The guided questions that record it (decided answers only). */
  questions: string[];
}

/** What the reading needs: a workshop's content (WorkshopData without undo state fits). */
export type DecisionInput = Pick<WorkshopData, 'cards' | 'links' | 'participants' | 'answers'>;

/** Every decision a health-check rule, a figure or an export relies on. */
export interface Decisions {
  /** Objectives set (value: how many, or 1 for an answered primary objective). */
  objectives: Decision<number>;
  /** A target described (value: the targets' names as the group wrote them). */
  target: Decision<string[]>;
  /** Per persona card id: where it talks online (the answer speaks for the priority target: ranked first, or the only one). */
  whereOnline: ReadonlyMap<string, Decision<string[]>>;
  /** The targets put in order of importance (value: true when ranked). */
  targetsRanked: Decision<boolean>;
  /** Weaknesses or threats named in the SWOT (cards or the top weakness / top threat answers). */
  swotDownsides: Decision<true>;
  /** Listening done: findings recorded or the listening questions answered. */
  listening: Decision<true>;
  /** Competitors looked at. */
  competitorWatch: Decision<true>;
  /** Channels chosen (value: how many). */
  channels: Decision<number>;
  /** Per channel card id: who watches and answers there. */
  monitoring: ReadonlyMap<string, Decision<string>>;
  /** Posts per week: the all-channel answer (`total`) and per platform key from cadence cards (`byPlatform`). */
  cadence: Decision<{ total?: number; byPlatform: ReadonlyMap<string, number> }>;
  /** Tone of voice. */
  tone: Decision<true>;
  /** Share of useful (non-commercial) content, in %: the answer, else the mean of the pillars that state one. */
  valueShare: Decision<number>;
  /** Promised response time in hours: the strictest one recorded. */
  responseTime: Decision<number>;
  contingency: Decision<true>;
  /** A post-campaign review planned (value false: the group decided there will be none). */
  review: Decision<boolean>;
  /** Departments involved, each with where it is recorded. */
  departments: Decision<ReadonlyMap<Department, Where>>;
  /** A sponsor in management (value: the name or title given). */
  sponsor: Decision<string>;
  owner: Decision<true>;
  /** The approval delay in hours, when stated (value undefined: a workflow is described without a delay). */
  validation: Decision<number | undefined>;
  /** Negative feedback handling (value: the option chosen, or 'card'). */
  feedback: Decision<string>;
  crisis: Decision<true>;
  charter: Decision<boolean>;
  training: Decision<boolean>;
  /** An outside opinion sought (value false: the group chose none). */
  outsideOpinion: Decision<boolean>;
  /** Yearly budget in euros: the answer, else the sum of the budget lines that state an amount, made yearly. */
  budget: Decision<number>;
  /** Listening and analytics tools budgeted (value false: the group said no). */
  toolsBudgeted: Decision<boolean>;
  /** Hours a week the team has: the people cards' sum when any states hours, else the answer. */
  peopleHours: Decision<number>;
  /** Months management will wait before judging. */
  patienceMonths: Decision<number>;
  /** Months before the results are first judged. */
  firstJudgementMonths: Decision<number>;
}

export type DecisionId = keyof Decisions;
