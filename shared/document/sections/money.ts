// Budget and team, and KPIs and return on investment sections of the document.
import type { Language } from '../../model';
import { answerText, quoted } from '../answers';
import { budgetChart, budgetTable, capacityChart, kpiChart, kpiTable, teamTable } from '../blocks/money';
import type { Facts } from '../facts';
import { formatHours, formatMoney } from '../format';
import { plural, tr } from '../text';
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

export function budgetBlocks(f: Facts, language: Language): Block[] {
  const blocks: Block[] = [
    { type: 'paragraph', style: 'muted', text: tr(language, INTROS.budget) },
    ...quoted(f, language, ['resources.annualBudget']),
  ];
  if (f.budget.lines.length) blocks.push({ type: 'heading', text: tr(language, HEADINGS.budgetLines) }, budgetTable(f, language));
  const pie = budgetChart(f, language);
  if (pie) blocks.push(pie);
  if (f.cards('person').length) blocks.push({ type: 'heading', text: tr(language, HEADINGS.team) }, teamTable(f, language));
  const bars = capacityChart(f, language);
  if (bars) blocks.push({ type: 'heading', text: tr(language, HEADINGS.capacity) }, bars);
  const callout = capacityCallout(f, language);
  if (callout) blocks.push(callout);
  return blocks;
}

export function roiSentence(f: Facts, language: Language): string {
  const n = f.objectives.length;
  if (f.budget.total <= 0) return tr(language, INTROS.roiNoCost);
  return plural(language, n, INTROS.roiOne, INTROS.roiMany, {
    total: formatMoney(language, f.budget.total),
    each: formatMoney(language, n > 0 ? f.budget.total / n : f.budget.total),
    rhythm: answerText(f, language, 'measurement.reviewRhythm')?.toLowerCase() ?? tr(language, INTROS.rhythmUnknown),
  });
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
  blocks.push({ type: 'heading', text: tr(language, HEADINGS.roi) }, { type: 'paragraph', text: roiSentence(f, language) });
  return blocks;
}
