// The business case: each objective's extra results times what one result is worth, against the first year's cost.
import type { Card, Language } from '../../model';
import { nameOf } from '../blocks/common';
import { num, type Facts } from '../facts';
import { formatMoney, formatNumber, joinList } from '../format';
import { tr } from '../text';
import { STORY } from '../text/story';
import type { Block } from '../types';

/** The first year's cost: the budget lines, else the yearly budget decided wherever it was recorded. */
export function yearlyBudget(f: Facts): number {
  return f.budget.total > 0 ? f.budget.total : (f.decided.budget.value ?? 0);
}

/** The budget decided in the room when the costed lines add up to another amount (said, never silently replaced). */
export function plannedBudget(f: Facts): number | undefined {
  const planned = f.decided.budget.value;
  if (f.budget.total <= 0 || planned === undefined || planned <= 0) return undefined;
  return Math.round(planned) === Math.round(f.budget.total) ? undefined : planned;
}

/** The budget management is asked to approve: the one decided in the room, else the costed lines' total. */
export const askedBudget = (f: Facts): number => plannedBudget(f) ?? yearlyBudget(f);

export interface CaseLine {
  objective: Card;
  gain: number;
  unit: number;
  value: number;
}

export interface BusinessCase {
  cost: number;
  lines: CaseLine[];
  /** Objectives with a target but no value per result: no return is computed for them. */
  missing: Card[];
  value: number;
  /** The budget decided in the room, when the costed lines (the cost) add up to another amount. */
  planned?: number;
  /** Results of the best-valued objective that pay the cost, when there is a cost and a value. */
  breakEven?: { results: number; line: CaseLine };
}

export function businessCase(f: Facts): BusinessCase {
  const lines: CaseLine[] = [];
  const missing: Card[] = [];
  for (const o of f.objectives) {
    const unit = num(o, 'unitValue');
    const target = num(o, 'target');
    if (unit === undefined || unit <= 0) {
      missing.push(o);
      continue;
    }
    const gain = target === undefined ? 0 : Math.max(0, target - (num(o, 'baseline') ?? 0));
    lines.push({ objective: o, gain, unit, value: gain * unit });
  }
  const cost = yearlyBudget(f);
  const value = lines.reduce((s, l) => s + l.value, 0);
  const best = [...lines].sort((a, b) => b.unit - a.unit)[0];
  const planned = plannedBudget(f);
  return {
    cost,
    lines,
    missing,
    value,
    ...(planned !== undefined ? { planned } : {}),
    ...(best && cost > 0 ? { breakEven: { results: Math.ceil(cost / best.unit), line: best } } : {}),
  };
}

export function caseTitle(c: BusinessCase, language: Language): string {
  const cost = formatMoney(language, c.cost);
  if (c.cost <= 0) return tr(language, STORY.moneyTitleNoCost);
  if (c.lines.length === 0) return tr(language, STORY.moneyTitleNoValue, { cost });
  if (c.value > 0) return tr(language, STORY.moneyTitle, { cost, value: formatMoney(language, c.value) });
  return tr(language, STORY.moneyTitleBreakEven, {
    cost,
    n: formatNumber(language, c.breakEven!.results),
    unit: tr(language, STORY.results),
  });
}

/** Cost, value and break-even as key figures; the lines as a table; a plain sentence for what is missing. */
export function caseBlocks(c: BusinessCase, language: Language, full: boolean): Block[] {
  const blocks: Block[] = [];
  const items: Extract<Block, { type: 'keyFigures' }>['items'] = [];
  if (c.cost > 0) items.push({ value: formatMoney(language, c.cost), label: tr(language, STORY.cost), tone: 'neutral' });
  if (c.lines.length)
    items.push({
      value: formatMoney(language, c.value),
      label: tr(language, STORY.value),
      tone: c.value >= c.cost ? 'good' : 'warning',
    });
  if (c.breakEven)
    items.push({
      value: tr(language, STORY.breakEvenValue, { n: formatNumber(language, c.breakEven.results), unit: tr(language, STORY.results) }),
      label: tr(language, STORY.breakEven),
      tone: c.breakEven.results <= c.breakEven.line.gain ? 'good' : 'warning',
    });
  if (items.length) blocks.push({ type: 'keyFigures', items });
  if (c.planned !== undefined)
    blocks.push({
      type: 'paragraph',
      style: 'muted',
      text: tr(language, c.planned > c.cost ? STORY.budgetToAllocate : STORY.budgetOverPlanned, {
        cost: formatMoney(language, c.cost),
        planned: formatMoney(language, c.planned),
        gap: formatMoney(language, Math.abs(c.planned - c.cost)),
      }),
    });
  if (c.lines.length) {
    blocks.push({
      type: 'table',
      columns: [
        { label: tr(language, STORY.colObjective), weight: 3 },
        { label: tr(language, STORY.colGain), weight: 1.2, align: 'right' },
        { label: tr(language, STORY.colUnit), weight: 1.3, align: 'right' },
        { label: tr(language, STORY.colValue), weight: 1.3, align: 'right' },
      ],
      rows: c.lines.map((l) => [
        nameOf(l.objective, language),
        `+${formatNumber(language, l.gain)}`,
        formatMoney(language, l.unit),
        formatMoney(language, l.value),
      ]),
    });
  }
  if (c.breakEven && full)
    blocks.push({
      type: 'paragraph',
      text: tr(language, STORY.breakEvenText, {
        n: formatNumber(language, c.breakEven.results),
        unit: tr(language, STORY.results),
        value: formatMoney(language, c.breakEven.line.unit),
        cost: formatMoney(language, c.cost),
      }),
    });
  if (c.lines.length === 0)
    blocks.push({ type: 'callout', tone: 'warning', title: tr(language, STORY.caseHeading), text: tr(language, STORY.valueNone) });
  else if (c.missing.length)
    blocks.push({
      type: 'paragraph',
      style: 'muted',
      text: tr(language, STORY.valueMissing, {
        list: joinList(
          language,
          c.missing.map((o) => nameOf(o, language)),
        ),
      }),
    });
  return blocks;
}
