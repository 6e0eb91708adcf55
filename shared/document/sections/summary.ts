// The cover and the executive summary, written from the workshop's figures.
import { BUDGET_CATEGORY_OPTIONS } from '../../catalogue/options';
import type { Language } from '../../model';
import { nameOf } from '../blocks/common';
import { placesOf } from '../blocks/plan';
import { num, str, type Facts } from '../facts';
import { formatDate, formatHours, formatMoney, formatNumber, formatPercent, joinList } from '../format';
import { plural, tr } from '../text';
import { WORDS } from '../text/labels';
import { FIGURES, SECTION_TITLES } from '../text/sections';
import { RECOMMENDATION, SUMMARY } from '../text/summary';
import { plannedBudget, yearlyBudget } from '../story/case';
import { STORY } from '../text/story';
import type { Block, Cover, Tone } from '../types';

export const openBlockers = (f: Facts) => f.findings.filter((x) => !x.accepted && x.severity === 'blocker');
export const openWarnings = (f: Facts) => f.findings.filter((x) => !x.accepted && x.severity === 'warning');

export function organisationOf(f: Facts): string {
  return f.input.workshop.organisation.trim() || f.input.workshop.title.trim();
}

function objectiveSentence(f: Facts, language: Language): string {
  const first = f.objectives[0];
  if (!first) return tr(language, SUMMARY.noObjective);
  const metric = str(first, 'metric');
  const from = num(first, 'baseline');
  const to = num(first, 'target');
  const deadline = str(first, 'deadline');
  const detail =
    metric && to !== undefined
      ? tr(language, SUMMARY.objectiveDetail, {
          metric,
          from: from === undefined ? '?' : formatNumber(language, from),
          to: formatNumber(language, to),
          deadline: deadline ? tr(language, SUMMARY.objectiveDeadline, { date: formatDate(language, deadline) }) : '',
        })
      : '';
  return plural(language, f.objectives.length, SUMMARY.objectivesOne, SUMMARY.objectivesMany, {
    org: organisationOf(f),
    first: nameOf(first, language),
    detail,
  });
}

function hoursSentence(f: Facts, language: Language): string {
  const { needed, available } = f.capacity;
  if (needed === 0 && available === 0) return tr(language, SUMMARY.hoursUnknown);
  const vars = {
    needed: formatHours(language, needed),
    available: formatHours(language, available),
    gap: formatHours(language, needed - available),
  };
  return tr(language, needed > available ? SUMMARY.hoursShort : SUMMARY.hoursOk, vars);
}

/** The summary's sentences, one per decision area, in the order a director reads them. */
export function summarySentences(f: Facts, language: Language): string[] {
  const top = f.personas[0];
  const places = top ? placesOf(f, language, top.id) : [];
  const budgetTop = f.budget.byCategory[0];
  const warnings = openWarnings(f).length;
  const warningText = plural(language, warnings, warnings === 0 ? SUMMARY.warningsNone : SUMMARY.warningsOne, SUMMARY.warningsMany);
  const blockers = openBlockers(f).length;
  const decisions = f.cards('decision').filter((d) => d.fields.status !== 'taken' && d.fields.status !== 'refused').length;
  const sentences = [
    objectiveSentence(f, language),
    top
      ? tr(language, SUMMARY.topTarget, {
          name: nameOf(top, language),
          where: places.length ? tr(language, SUMMARY.topTargetWhere, { places: joinList(language, places) }) : '',
        })
      : tr(language, SUMMARY.noTarget),
    f.channels.length
      ? plural(language, f.channels.length, SUMMARY.channelsOne, SUMMARY.channelsMany, {
          list: joinList(
            language,
            f.channels.map((c) => c.name),
          ),
        })
      : tr(language, SUMMARY.noChannel),
    f.budget.total > 0 && budgetTop
      ? tr(language, SUMMARY.budget, {
          total: formatMoney(language, f.budget.total),
          share: formatPercent(language, (budgetTop.amount / f.budget.total) * 100),
          top: categoryName(budgetTop.category, language),
        })
      : yearlyBudget(f) > 0
        ? tr(language, STORY.budgetAnswered, { total: formatMoney(language, yearlyBudget(f)) })
        : tr(language, SUMMARY.noBudget),
    hoursSentence(f, language),
    blockers === 0
      ? tr(language, SUMMARY.blockersNone, { warnings: warningText })
      : plural(language, blockers, SUMMARY.blockersOne, SUMMARY.blockersMany, { warnings: warningText }),
  ];
  if (decisions > 0) {
    sentences.push(
      plural(language, decisions, SUMMARY.decisionsOne, SUMMARY.decisionsMany, { section: tr(language, SECTION_TITLES.decisions) }),
    );
  }
  return sentences;
}

function categoryName(category: string, language: Language): string {
  return BUDGET_CATEGORY_OPTIONS.find((o) => o.value === category)?.label[language] ?? category;
}

export function keyFigures(f: Facts, language: Language): Extract<Block, { type: 'keyFigures' }> {
  const blockers = openBlockers(f).length;
  const { needed, available } = f.capacity;
  const hoursTone: Tone = needed === 0 && available === 0 ? 'neutral' : needed > available ? 'danger' : 'good';
  const health = f.health.overall;
  const planned = plannedBudget(f);
  return {
    type: 'keyFigures',
    items: [
      {
        value: String(f.objectives.length),
        label: tr(language, FIGURES.objectives),
        tone: f.objectives.length === 0 || f.objectives.length > 3 ? 'warning' : 'neutral',
      },
      { value: String(f.channels.length), label: tr(language, FIGURES.channels), tone: 'neutral' },
      {
        value: formatMoney(language, yearlyBudget(f)),
        // Beside an ask for the budget decided in the room, the costed total alone would look like a contradiction.
        label: planned
          ? tr(language, STORY.budgetFigurePlanned, { planned: formatMoney(language, planned) })
          : tr(language, FIGURES.budget),
        tone: yearlyBudget(f) > 0 ? 'neutral' : 'warning',
      },
      ...(needed + available > 0
        ? [
            {
              value: `${formatNumber(language, needed, 0)} · ${formatNumber(language, available, 0)}`,
              label: tr(language, FIGURES.hours),
              tone: hoursTone,
            },
          ]
        : []),
      { value: String(blockers), label: tr(language, FIGURES.blockers), tone: blockers > 0 ? 'danger' : 'good' },
      {
        value: tr(language, WORDS.score, { n: health }),
        label: tr(language, FIGURES.health),
        tone: health >= 70 ? 'good' : health >= 50 ? 'warning' : 'danger',
      },
    ],
  };
}

const RECO_TONE: Record<string, Tone> = { go: 'good', go_with_conditions: 'warning', not_yet: 'danger' };

export function recommendation(f: Facts, language: Language): Block | null {
  const value = f.answer('risks.recommendation');
  if (value !== 'go' && value !== 'go_with_conditions' && value !== 'not_yet') return null;
  return {
    type: 'callout',
    tone: RECO_TONE[value] ?? 'neutral',
    title: tr(language, RECOMMENDATION.title),
    text: tr(language, RECOMMENDATION[value]),
  };
}

export function summaryBlocks(f: Facts, language: Language): Block[] {
  const [first, ...rest] = summarySentences(f, language);
  const reco = recommendation(f, language);
  return [
    keyFigures(f, language),
    { type: 'paragraph', style: 'lead', text: first ?? '' },
    { type: 'bullets', items: rest.map((text) => ({ text })) },
    ...(reco ? [reco] : []),
  ];
}

export function cover(f: Facts, language: Language, generatedOn: string | undefined): Cover {
  const ws = f.input.workshop;
  const dateLabel = ws.date
    ? tr(language, WORDS.workshopOf, { date: formatDate(language, ws.date) })
    : generatedOn
      ? tr(language, WORDS.versionOf, { date: formatDate(language, generatedOn) })
      : '';
  const facts = [
    ...(ws.sector.trim() ? [{ label: tr(language, FIGURES.sector), value: ws.sector.trim() }] : []),
    // A count of zero says nothing on a cover: only what the workshop has is listed.
    ...(f.participants.length ? [{ label: tr(language, FIGURES.participants), value: String(f.participants.length) }] : []),
    ...(f.objectives.length ? [{ label: tr(language, FIGURES.objectives), value: String(f.objectives.length) }] : []),
    ...(f.channels.length ? [{ label: tr(language, FIGURES.channels), value: String(f.channels.length) }] : []),
  ];
  return {
    kicker: tr(language, WORDS.documentKind),
    title: organisationOf(f),
    subtitle: tr(language, WORDS.coverSubtitle),
    organisation: organisationOf(f),
    dateLabel,
    facts,
    preparedWith: tr(language, WORDS.preparedWith, { title: ws.title }),
  };
}
