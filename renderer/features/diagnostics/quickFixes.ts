// Turns a finding's quick fix into a plan of calls (cards to create and link, a pick to make, a field to fill, a card to remove).
import { DEPARTMENT_OPTIONS, GOVERNANCE_RULE_OPTIONS, kindDef, type Text } from '../../../shared/catalogue';
import type { QuickFix } from '../../../shared/checks';
import type { Card, CardDraft, Language, LinkKind, StepId, WorkshopData } from '../../../shared/model';

export type FixPlan =
  /** Cards to create; links[i], when given, joins drafts[i] to an existing card. */
  | { kind: 'create'; drafts: CardDraft[]; links: ({ kind: LinkKind; toCard: string } | null)[] }
  /** One card to pick among `choices`, then linked from every card of `fromCards` that is not linked to it yet. */
  | { kind: 'link'; linkKind: 'reaches' | 'serves'; fromCards: string[]; choices: Card[] }
  | { kind: 'edit'; cardId: string; step: StepId; field: string }
  | { kind: 'remove'; card: Card };

type Data = Pick<WorkshopData, 'cards' | 'links'>;

const COLUMNS = 4;

/** Where the i-th new card of a step goes: the next free cell of the same grid the board adds cards on. */
export function slot(cards: readonly Card[], step: StepId, i = 0): { x: number; y: number } {
  const n = cards.filter((c) => c.step === step).length + i;
  return { x: (n % COLUMNS) * 260, y: Math.floor(n / COLUMNS) * 160 };
}

const labelOf = (options: readonly { value: string; label: Text }[], value: string): Text | undefined =>
  options.find((o) => o.value === value)?.label;

function kpiDraft(objective: Card, cards: readonly Card[], i: number): CardDraft {
  const f = objective.fields;
  const metric = typeof f.metric === 'string' && f.metric.trim() ? f.metric.trim() : undefined;
  const fields: Record<string, string | number> = {};
  if (metric) fields.metric = metric;
  if (typeof f.baseline === 'number') fields.baseline = f.baseline;
  if (typeof f.target === 'number') fields.target = f.target;
  return { step: 'measurement', kind: 'kpi', title: (metric ?? objective.title).slice(0, 300), fields, ...slot(cards, 'measurement', i) };
}

/** The plan for a quick fix on the current data; null when the cards it names are gone. */
export function planFix(fix: QuickFix, data: Data, language: Language): FixPlan | null {
  const card = (id: string) => data.cards.find((c) => c.id === id);
  switch (fix.kind) {
    case 'add_card': {
      const title = fix.title ? fix.title[language] : '';
      const draft = { step: fix.step, kind: fix.cardKind, title, fields: { ...fix.fields }, ...slot(data.cards, fix.step) };
      return { kind: 'create', drafts: [draft], links: [null] };
    }
    case 'add_kpi': {
      const objectives = fix.objectiveIds.map(card).filter((c): c is Card => c !== undefined);
      if (objectives.length === 0) return null;
      return {
        kind: 'create',
        drafts: objectives.map((o, i) => kpiDraft(o, data.cards, i)),
        links: objectives.map((o) => ({ kind: 'measures' as const, toCard: o.id })),
      };
    }
    case 'add_governance_rule': {
      const title = labelOf(GOVERNANCE_RULE_OPTIONS, fix.rule)?.[language] ?? '';
      const draft = {
        step: 'governance' as const,
        kind: 'governance_rule',
        title,
        fields: { rule: fix.rule },
        ...slot(data.cards, 'governance'),
      };
      return { kind: 'create', drafts: [draft], links: [null] };
    }
    case 'add_stakeholders': {
      const drafts = fix.departments.map((department, i) => ({
        step: 'stakeholders' as const,
        kind: 'stakeholder',
        title: labelOf(DEPARTMENT_OPTIONS, department)?.[language] ?? department,
        fields: { department },
        ...slot(data.cards, 'stakeholders', i),
      }));
      return drafts.length > 0 ? { kind: 'create', drafts, links: drafts.map(() => null) } : null;
    }
    case 'link_channel_target':
    case 'link_channel_objective': {
      const channels = fix.channelIds.map(card).filter((c): c is Card => c !== undefined);
      if (channels.length === 0) return null;
      const linkKind = fix.kind === 'link_channel_target' ? 'reaches' : 'serves';
      const wanted = linkKind === 'reaches' ? 'persona' : 'objective';
      const from = new Set(channels.map((c) => c.id));
      // A choice every listed channel already reaches would do nothing.
      const linkedToAll = (id: string) =>
        channels.every((ch) => data.links.some((l) => l.fromCard === ch.id && l.toCard === id && l.kind === linkKind));
      const choices = data.cards.filter((c) => c.kind === wanted && !from.has(c.id) && !linkedToAll(c.id));
      return { kind: 'link', linkKind, fromCards: channels.map((c) => c.id), choices };
    }
    case 'edit_field': {
      const target = card(fix.cardId);
      return target ? { kind: 'edit', cardId: target.id, step: target.step, field: fix.field } : null;
    }
    case 'remove_channel': {
      const channel = card(fix.channelId);
      return channel ? { kind: 'remove', card: channel } : null;
    }
  }
}

/** The label of a field of a card kind, for "Fill in: Deadline". */
export function fieldLabel(kind: string, field: string): Text | undefined {
  return kindDef(kind)?.fields.find((f) => f.key === field)?.label;
}

export type FixLabel = { key: FixLabelKey; vars?: Record<string, string> };
export type FixLabelKey =
  | 'diagnostics.fix.add'
  | 'diagnostics.fix.addKpi'
  | 'diagnostics.fix.addKpis'
  | 'diagnostics.fix.linkTargets'
  | 'diagnostics.fix.linkObjectives'
  | 'diagnostics.fix.addRule'
  | 'diagnostics.fix.addStakeholders'
  | 'diagnostics.fix.linkTarget'
  | 'diagnostics.fix.linkObjective'
  | 'diagnostics.fix.edit'
  | 'diagnostics.fix.remove';

/** What the quick fix button says, as an interface message key and its values in the language. */
export function fixLabel(fix: QuickFix, data: Data, language: Language): FixLabel {
  const pick = (text: Text | undefined, fallback: string) => text?.[language] || fallback;
  switch (fix.kind) {
    case 'add_card':
      return { key: 'diagnostics.fix.add', vars: { what: pick(fix.title ?? kindDef(fix.cardKind)?.label, fix.cardKind) } };
    case 'add_kpi':
      return fix.objectiveIds.length > 1
        ? { key: 'diagnostics.fix.addKpis', vars: { count: String(fix.objectiveIds.length) } }
        : { key: 'diagnostics.fix.addKpi' };
    case 'add_governance_rule':
      return { key: 'diagnostics.fix.addRule', vars: { rule: pick(labelOf(GOVERNANCE_RULE_OPTIONS, fix.rule), fix.rule) } };
    case 'add_stakeholders': {
      const names = fix.departments.map((d) => pick(labelOf(DEPARTMENT_OPTIONS, d), d));
      return { key: 'diagnostics.fix.addStakeholders', vars: { departments: names.join(', ') } };
    }
    case 'link_channel_target':
      return fix.channelIds.length > 1
        ? { key: 'diagnostics.fix.linkTargets', vars: { count: String(fix.channelIds.length) } }
        : { key: 'diagnostics.fix.linkTarget' };
    case 'link_channel_objective':
      return fix.channelIds.length > 1
        ? { key: 'diagnostics.fix.linkObjectives', vars: { count: String(fix.channelIds.length) } }
        : { key: 'diagnostics.fix.linkObjective' };
    case 'edit_field': {
      const card = data.cards.find((c) => c.id === fix.cardId);
      return { key: 'diagnostics.fix.edit', vars: { field: pick(card && fieldLabel(card.kind, fix.field), fix.field) } };
    }
    case 'remove_channel': {
      const card = data.cards.find((c) => c.id === fix.channelId);
      return { key: 'diagnostics.fix.remove', vars: { name: card?.title.trim() || pick(kindDef('channel')?.label, 'channel') } };
    }
  }
}
