// Budget lines and chart, the team and its capacity, KPIs and their chart, for document and deck.
import { BUDGET_CATEGORY_OPTIONS, BUDGET_PERIOD_OPTIONS, KPI_NATURE_OPTIONS, TEAM_TYPE_OPTIONS } from '../../catalogue/options';
import { OFFICE_PERCENT } from '../../locale';
import type { Language } from '../../model';
import { num, str, type Facts } from '../facts';
import { clip, formatHours, formatMoney, formatNumber, formatPercent } from '../format';
import { STORY } from '../text/story';
import { tr } from '../text';
import { COLUMNS, WORDS } from '../text/labels';
import type { Block } from '../types';
import { cell, columns, labelOf, nameOf, type Table } from './common';
import { fromTo } from './plan';

const category = (language: Language, c: string) => labelOf(BUDGET_CATEGORY_OPTIONS, c, language) ?? c;

export function budgetTable(f: Facts, language: Language): Table {
  return {
    type: 'table',
    columns: columns(language, [
      [COLUMNS.budgetItem, 2.6],
      [COLUMNS.category, 1.8],
      [COLUMNS.amount, 1.1, 'right'],
      [COLUMNS.period, 1],
      [COLUMNS.perYear, 1.1, 'right'],
    ]),
    rows: f.budget.lines.map((l) => {
      const amount = num(l.card, 'amount');
      return [
        cell(language, nameOf(l.card, language)),
        category(language, l.category),
        amount === undefined ? tr(language, WORDS.none) : formatMoney(language, amount),
        cell(language, labelOf(BUDGET_PERIOD_OPTIONS, l.card.fields.period, language)),
        formatMoney(language, l.annual),
      ];
    }),
  };
}

/** The first year's budget by category, as a pie; null when nothing is costed. */
export function budgetChart(f: Facts, language: Language): Block | null {
  const parts = f.budget.byCategory.filter((c) => c.amount > 0);
  // One category is a figure, not a chart: a single-slice doughnut says nothing.
  if (parts.length < 2) return null;
  return {
    type: 'chart',
    chart: 'pie',
    title: tr(language, WORDS.budgetChart),
    labels: parts.map((p) => category(language, p.category)),
    series: [
      {
        name: tr(language, WORDS.budgetChart),
        values: parts.map((p) => p.amount),
        display: parts.map((p) => formatMoney(language, p.amount)),
      },
    ],
    shares: parts.map((p) => formatPercent(language, (p.amount / f.budget.total) * 100)),
    numberFormat: '#,##0 "€"',
  };
}

export function teamTable(f: Facts, language: Language): Table {
  return {
    type: 'table',
    columns: columns(language, [
      [COLUMNS.person, 1.8],
      [COLUMNS.role, 2.2],
      [COLUMNS.team, 1.4],
      [COLUMNS.hours, 1.1, 'right'],
    ]),
    rows: f.cards('person').map((p) => {
      const h = num(p, 'hoursPerWeek');
      return [
        cell(language, nameOf(p, language)),
        cell(language, str(p, 'role')),
        cell(language, labelOf(TEAM_TYPE_OPTIONS, p.fields.teamType, language)),
        h === undefined ? tr(language, WORDS.none) : formatHours(language, h),
      ];
    }),
  };
}

/** Hours a week: production and moderation needed against hours available; null when nothing is known. */
export function capacityChart(f: Facts, language: Language): Block | null {
  const sum = (kind: string) => f.capacity.lines.filter((l) => l.kind === kind).reduce((s, l) => s + l.hours, 0);
  const production = sum('production');
  const moderation = sum('moderation');
  const available = f.capacity.available;
  if (production + moderation + available === 0) return null;
  const labels = [
    tr(language, WORDS.production),
    tr(language, WORDS.moderation),
    tr(language, WORDS.needed),
    tr(language, WORDS.available),
  ];
  const values = [production, moderation, production + moderation, available].map((v) => Math.round(v * 10) / 10);
  return {
    type: 'chart',
    chart: 'bar',
    title: tr(language, WORDS.capacityChart),
    labels,
    series: [{ name: tr(language, WORDS.hoursAxis), values, display: values.map((v) => formatHours(language, v)) }],
    tones: ['neutral', 'neutral', 'warning', available >= production + moderation ? 'good' : 'danger'],
    numberFormat: '0.0" h"',
  };
}

export function kpiTable(f: Facts, language: Language): Table {
  return {
    type: 'table',
    columns: columns(language, [
      [COLUMNS.kpi, 2.2],
      [COLUMNS.objective, 2.4],
      [COLUMNS.fromTo, 1.4, 'right'],
      [COLUMNS.timeframe, 0.9, 'right'],
      [COLUMNS.nature, 1.1],
    ]),
    rows: f.cards('kpi').map((k) => {
      const months = num(k, 'timeframeMonths');
      const objectives = f.out(k.id, 'measures').map((o) => nameOf(o, language));
      return [
        cell(language, [nameOf(k, language), str(k, 'metric')].filter(Boolean).join(' — ')),
        cell(language, objectives.join(' · ')),
        fromTo(language, num(k, 'baseline'), num(k, 'target')),
        months === undefined ? tr(language, WORDS.none) : tr(language, WORDS.months, { n: months }),
        cell(language, labelOf(KPI_NATURE_OPTIONS, k.fields.nature, language)),
      ];
    }),
  };
}

/** Baseline and target of each KPI (else each objective), as % of the target so that different units share an axis. */
export function kpiChart(f: Facts, language: Language, max = 8): Block | null {
  const measured = f.cards('kpi').length ? f.cards('kpi') : f.objectives;
  const points = measured
    .map((k) => ({ k, base: num(k, 'baseline') ?? 0, target: num(k, 'target') }))
    .filter((p): p is { k: typeof p.k; base: number; target: number } => p.target !== undefined && p.target > 0 && p.target !== p.base)
    .slice(0, max);
  if (points.length < 2) return null;
  const share = (v: number, p: { target: number }) => Math.round((v / p.target) * 100);
  return {
    type: 'chart',
    chart: 'bar',
    title: tr(language, STORY.kpiChart),
    labels: points.map((p) => clip(nameOf(p.k, language), 40)),
    series: [
      {
        name: tr(language, STORY.baseline),
        values: points.map((p) => share(p.base, p)),
        display: points.map((p) => formatNumber(language, p.base)),
      },
      {
        name: tr(language, STORY.target),
        values: points.map((p) => share(p.target, p)),
        display: points.map((p) => formatNumber(language, p.target)),
      },
    ],
    numberFormat: OFFICE_PERCENT[language],
  };
}
