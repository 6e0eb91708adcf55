// The shapes of the strategy health check: what it reads, what a rule is, what a finding says.
import type { AcceptedFinding as AcceptedFindingRecord, CardKindName, GOVERNANCE_RULES, StepId, WorkshopData } from '../model';
import type { Platform } from '../catalogue/platforms';
import type { SourceId, Text } from '../catalogue/types';

export type Severity = 'blocker' | 'warning' | 'tip';
export const SEVERITIES: readonly Severity[] = ['blocker', 'warning', 'tip'];

/** What the checks read: a workshop's content (WorkshopData without its undo state fits), plus the platform list it uses. */
export type CheckInput = Pick<WorkshopData, 'cards' | 'links' | 'participants' | 'answers'> & {
  /** Its date is the reference for "results expected too soon" when `today` is absent. */
  workshop?: WorkshopData['workshop'];
  /** Findings the group accepted; runChecks uses them when it is not given a list of its own. */
  accepted?: readonly AcceptedFinding[];
  /** The workshop's platform list; the built-in catalogue when absent. */
  platforms?: readonly Platform[];
  /** Reference date (YYYY-MM-DD) for deadlines; defaults to the workshop's date, then its creation day. */
  today?: string;
};

/** A small typed description of the obvious fix, for a one-click action in the interface. */
export type QuickFix =
  | { kind: 'add_card'; step: StepId; cardKind: CardKindName; title?: Text; fields?: Record<string, string | number> }
  /** One KPI per objective listed, each linked to its objective. */
  | { kind: 'add_kpi'; objectiveIds: string[] }
  /** One target (or objective) picked once, linked from every channel listed. */
  | { kind: 'link_channel_target'; channelIds: string[] }
  | { kind: 'link_channel_objective'; channelIds: string[] }
  | { kind: 'edit_field'; cardId: string; field: string }
  | { kind: 'add_governance_rule'; rule: (typeof GOVERNANCE_RULES)[number] }
  | { kind: 'add_stakeholders'; departments: string[] }
  | { kind: 'remove_channel'; channelId: string };

export interface Finding {
  ruleId: string;
  severity: Severity;
  step: StepId;
  /** Cards concerned, in a stable order; empty when the finding is about something missing. */
  cardIds: string[];
  field?: string;
  message: Text;
  fix: Text;
  source: SourceId[];
  /** Set when a threshold is Socle's own rule of thumb rather than an article's fact: the rule and why. */
  ruleOfThumb?: Text;
  quickFix?: QuickFix;
  /** Set by runChecks when the group chose to live with this finding. */
  accepted?: boolean;
  acceptedReason?: string;
}

export interface Rule {
  id: string;
  step: StepId;
  /** The articles whose facts the rule rests on (their years are in the catalogue's sources). */
  source: SourceId[];
  /** Socle's own threshold, when the rule uses one the articles do not state, with the reason for it. */
  ruleOfThumb?: Text;
  run(input: CheckInput): Finding[];
}

/** A finding the group accepted: it stays listed but no longer lowers the score (the model's record, minus its date). */
export type AcceptedFinding = Pick<AcceptedFindingRecord, 'ruleId' | 'cardKey' | 'reason'>;
