// The card kinds of the guided flow and which typed links make sense between them.
import type { LinkKind } from './card';

export const CARD_KINDS = [
  'note', // free note (context board, anywhere)
  'sticky', // sticky note on any canvas
  'group', // a frame grouping cards
  'evidence', // a figure with its source, to convince
  'objection', // what a skeptic says
  'rebuttal', // the answer to an objection
  'benefit', // a benefit expected
  'objective',
  'persona',
  'finding', // listening and watch
  'channel',
  'pillar', // content pillar
  'cadence', // posting cadence for a channel
  'calendar_item',
  'stakeholder',
  'governance_rule',
  'swot',
  'budget_line',
  'person', // people and hours (resources)
  'kpi',
  'risk',
  'decision',
] as const;
export type CardKindName = (typeof CARD_KINDS)[number];

/** For each link kind: which card kinds it may go from and to. `*` means any kind. */
export const LINK_RULES: Record<LinkKind, { from: readonly string[]; to: readonly string[] }> = {
  reaches: { from: ['channel'], to: ['persona'] },
  serves: { from: ['channel', 'pillar'], to: ['objective'] },
  measures: { from: ['kpi'], to: ['objective'] },
  owns: { from: ['stakeholder', 'person'], to: ['governance_rule', 'channel', 'kpi', 'risk'] },
  mitigates: { from: ['risk', 'swot', 'governance_rule', 'decision', 'calendar_item'], to: ['swot', 'risk'] },
  answers: { from: ['rebuttal', 'evidence'], to: ['objection'] },
  relates: { from: ['*'], to: ['*'] },
};

const fits = (allowed: readonly string[], kind: string) => allowed.includes('*') || allowed.includes(kind);

/** Null when the link makes sense, otherwise the reason code for refusing it. */
export function linkProblem(
  kind: LinkKind,
  from: { kind: string; fields: Record<string, unknown> },
  to: { kind: string; fields: Record<string, unknown> },
): 'from_kind' | 'to_kind' | 'not_a_threat' | null {
  const rule = LINK_RULES[kind];
  if (!fits(rule.from, from.kind)) return 'from_kind';
  if (!fits(rule.to, to.kind)) return 'to_kind';
  if (kind === 'mitigates' && to.kind === 'swot' && to.fields.quadrant !== 'threat') return 'not_a_threat';
  return null;
}
