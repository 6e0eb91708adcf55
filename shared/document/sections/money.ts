// Money and return, the team's capacity, and the KPIs sections of the document.
import type { Language } from '../../model';
import { quoted } from '../answers';
import { businessCase, caseBlocks, caseTitle } from '../story/case';
import { budgetChart, budgetTable, capacityChart, kpiChart, kpiTable, teamTable } from '../blocks/money';
import type { Facts } from '../facts';
import { formatHours } from '../format';
import { tr } from '../text';
import { HEADINGS } from '../text/sections';
import { INTROS } from '../text/summary';
import type { Block } from '../types';

export function capacityCallout(f: Facts, language: Language): Block | null {
  const { needed, available } = f.capacity;
  if (needed === 0 && available === 0) return null;
  const vars = {
    needed: formatHours(language, needed),
    available: formatHours(language, available),
    gap: formatHours(language, needed - available),
  };
  return needed > available
    ? { type: 'callout', tone: 'danger', title: tr(language, HEADINGS.capacity), text: tr(language, INTROS.capacityShort, vars) }
    : { type: 'callout', tone: 'good', title: tr(language, HEADINGS.capacity), text: tr(language, INTROS.capacityOk, vars) };
}

/** The team, its hours and whether they cover what the plan needs (the governance section shows them). */
export function teamBlocks(f: Facts, language: Language): Block[] {
  const blocks: Block[] = [];
  if (f.cards('person').length) blocks.push({ type: 'heading', text: tr(language, HEADINGS.team) }, teamTable(f, language));
  const bars = capacityChart(f, language);
  if (bars) blocks.push({ type: 'heading', text: tr(language, HEADINGS.capacity) }, bars);
  const callout = capacityCallout(f, language);
  if (callout) blocks.push(callout);
  return blocks;
}

/** The budget lines and the business case: expected value against cost, the break-even, what is missing said plainly. */
export function budgetBlocks(f: Facts, language: Language): Block[] {
  const c = businessCase(f);
  if (c.cost <= 0 && c.lines.length === 0 && f.budget.lines.length === 0) return [];
  const blocks: Block[] = [
    { type: 'paragraph', style: 'lead', text: caseTitle(c, language) },
    ...quoted(f, language, ['resources.annualBudget']),
  ];
  if (f.budget.lines.length) blocks.push({ type: 'heading', text: tr(language, HEADINGS.budgetLines) }, budgetTable(f, language));
  const pie = budgetChart(f, language);
  if (pie) blocks.push(pie);
  blocks.push({ type: 'heading', text: tr(language, HEADINGS.roi) }, ...caseBlocks(c, language, true));
  return blocks;
}

export function kpisBlocks(f: Facts, language: Language): Block[] {
  const blocks: Block[] = [];
  if (f.cards('kpi').length) blocks.push({ type: 'heading', text: tr(language, HEADINGS.kpiTable) }, kpiTable(f, language));
  const chart = kpiChart(f, language);
  if (chart) blocks.push(chart);
  blocks.push(
    ...quoted(f, language, [
      'measurement.reviewRhythm',
      'measurement.postCampaignReview',
      'measurement.qualitativeIndicators',
      'measurement.firstJudgementMonths',
      'measurement.dashboardOwner',
    ]),
  );
  return blocks;
}
