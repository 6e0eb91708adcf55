// The typed fields of each card kind. Every field is optional: a card is filled in as the room talks.
// Labels live in the catalogue; these schemas say what a value may be.
import { z } from 'zod';
import { IsoDate } from './ids';
import { CARD_KINDS, type CardKindName } from './kinds';

const text = z.string().max(2_000);
const list = z.array(z.string().max(300)).max(50);
const score = z.number().int().min(1).max(5);
const amount = z.number().finite().min(0).max(1_000_000_000);

export const OBJECTIVE_TYPES = [
  'awareness',
  'credibility',
  'traffic',
  'leads',
  'sales',
  'customer_service',
  'recruiting',
  'community',
] as const;
export const FINDING_SOURCES = ['us', 'competitor', 'sector', 'success_elsewhere', 'failure_elsewhere', 'tool'] as const;
export const SENTIMENTS = ['positive', 'neutral', 'negative', 'mixed'] as const;
export const CALENDAR_TYPES = ['phase', 'event', 'milestone', 'iteration', 'contingency'] as const;
export const DEPARTMENTS = [
  'executive',
  'communication',
  'marketing',
  'pr',
  'sales',
  'hr',
  'it',
  'legal',
  'customer_service',
  'other',
] as const;
export const RACI = ['R', 'A', 'C', 'I'] as const;
export const STANCES = ['champion', 'neutral', 'skeptic'] as const;
export const GOVERNANCE_RULES = [
  'owner',
  'team',
  'validation',
  'negative_feedback',
  'crisis',
  'charter',
  'training',
  'outside_opinion',
] as const;
export const TEAM_TYPES = ['dedicated', 'part_time', 'intern', 'agency', 'freelance'] as const;
export const QUADRANTS = ['strength', 'weakness', 'opportunity', 'threat'] as const;
export const BUDGET_CATEGORIES = ['ads', 'tools', 'content', 'people', 'training', 'agency', 'other'] as const;
export const BUDGET_PERIODS = ['one_off', 'month', 'year'] as const;
export const KPI_NATURES = ['quantitative', 'qualitative'] as const;
export const DECISION_STATUSES = ['open', 'taken', 'refused'] as const;
export const OBJECTION_STATUSES = ['open', 'answered'] as const;

const none = z.object({}).strict();

export const FIELD_SCHEMAS = {
  note: none,
  sticky: none,
  group: none,
  evidence: z
    .object({ figure: text, source: z.string().max(300), year: z.number().int().min(1990).max(2100) })
    .partial()
    .strict(),
  objection: z
    .object({ raisedBy: z.string().max(300), answer: text, status: z.enum(OBJECTION_STATUSES) })
    .partial()
    .strict(),
  rebuttal: none,
  benefit: none,
  objective: z
    .object({
      type: z.enum(OBJECTIVE_TYPES),
      metric: text,
      baseline: amount,
      target: amount,
      deadline: IsoDate,
      /** What one more result (lead, sale, hire, contact) is worth, in euros: the business case's unit. */
      unitValue: z.number().finite().min(0).max(10_000_000),
      priority: score,
    })
    .partial()
    .strict(),
  persona: z
    .object({
      interests: list,
      sector: text,
      job: text,
      ageRange: z.string().max(40),
      gender: z.string().max(80),
      income: z.string().max(80),
      location: text,
      expectations: text,
      whereOnline: list,
      rank: z.number().int().min(1).max(99),
    })
    .partial()
    .strict(),
  finding: z
    .object({ source: z.enum(FINDING_SOURCES), who: text, said: text, sentiment: z.enum(SENTIMENTS), lesson: text, tool: text })
    .partial()
    .strict(),
  channel: z
    .object({ platform: z.string().max(60), formats: list, monitoredBy: text, role: text })
    .partial()
    .strict(),
  pillar: z
    .object({ formats: list, valueShare: z.number().min(0).max(100), tone: text })
    .partial()
    .strict(),
  cadence: z
    .object({
      platform: z.string().max(60),
      postsPerWeek: z.number().min(0).max(200),
      format: z.string().max(60),
      responseTimeHours: z.number().min(0).max(720),
    })
    .partial()
    .strict(),
  calendar_item: z
    .object({ type: z.enum(CALENDAR_TYPES), start: IsoDate, end: IsoDate, trigger: text })
    .partial()
    .strict()
    .refine((f) => !f.start || !f.end || f.start <= f.end, { message: 'the end comes before the start', path: ['end'] }),
  stakeholder: z
    .object({
      department: z.enum(DEPARTMENTS),
      person: z.string().max(300),
      raci: z.enum(RACI),
      power: score,
      interest: score,
      stance: z.enum(STANCES),
      plan: text,
    })
    .partial()
    .strict(),
  governance_rule: z
    .object({
      rule: z.enum(GOVERNANCE_RULES),
      who: text,
      teamType: z.enum(TEAM_TYPES),
      maxDelayHours: z.number().min(0).max(720),
      escalationLevel: z.number().int().min(1).max(3),
    })
    .partial()
    .strict(),
  swot: z
    .object({ quadrant: z.enum(QUADRANTS), mitigation: text })
    .partial()
    .strict(),
  budget_line: z
    .object({ category: z.enum(BUDGET_CATEGORIES), amount, period: z.enum(BUDGET_PERIODS) })
    .partial()
    .strict(),
  person: z
    .object({ role: text, hoursPerWeek: z.number().min(0).max(80), teamType: z.enum(TEAM_TYPES) })
    .partial()
    .strict(),
  kpi: z
    .object({
      metric: text,
      baseline: amount,
      target: amount,
      timeframeMonths: z.number().int().min(1).max(60),
      nature: z.enum(KPI_NATURES),
    })
    .partial()
    .strict(),
  risk: z.object({ likelihood: score, impact: score, mitigation: text, accepted: z.boolean() }).partial().strict(),
  decision: z
    .object({ askedOf: text, due: IsoDate, status: z.enum(DECISION_STATUSES) })
    .partial()
    .strict(),
} satisfies Record<CardKindName, z.ZodType>;

export type FieldsOf<K extends CardKindName> = z.infer<(typeof FIELD_SCHEMAS)[K]>;

export const isCardKind = (kind: string): kind is CardKindName => (CARD_KINDS as readonly string[]).includes(kind);

/** Checks a card's fields against its kind; null values mean "cleared" and are always allowed. */
export function fieldIssues(kind: string, fields: Record<string, unknown>): { path: string; message: string }[] {
  if (!isCardKind(kind)) return [{ path: 'kind', message: `unknown card kind "${kind}"` }];
  const present = Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== null));
  const parsed = FIELD_SCHEMAS[kind].safeParse(present);
  if (parsed.success) return [];
  return parsed.error.issues.map((i) => ({ path: ['fields', ...i.path.map(String)].join('.'), message: i.message }));
}
