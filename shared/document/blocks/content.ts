// Content pillars, cadence per network (table and chart) and the calendar, for document and deck.
import { findFormat } from '../../catalogue/formats';
import { CALENDAR_TYPE_OPTIONS, PLATFORM_OPTIONS } from '../../catalogue/options';
import { findPlatform } from '../../catalogue/platforms';
import type { Card, Language } from '../../model';
import { list, num, str, type Facts } from '../facts';
import { formatHours, formatNumber, formatPercent, formatRange, joinList } from '../format';
import { tr } from '../text';
import { COLUMNS, WORDS } from '../text/labels';
import type { Block } from '../types';
import { cell, columns, labelOf, meaningful, nameOf, type Table } from './common';

const formatName = (language: Language, value: string) => findFormat(value)?.label[language] ?? value;

export function pillarsTable(f: Facts, language: Language): Table {
  return {
    type: 'table',
    columns: columns(language, [
      [COLUMNS.pillar, 2.4],
      [COLUMNS.formats, 2],
      [COLUMNS.valueShare, 1.2, 'right'],
      [COLUMNS.tone, 2],
    ]),
    rows: f.cards('pillar').map((p) => {
      const share = num(p, 'valueShare');
      return [
        cell(language, nameOf(p, language)),
        cell(
          language,
          joinList(
            language,
            list(p, 'formats').map((x) => formatName(language, x)),
          ),
        ),
        share === undefined ? tr(language, WORDS.none) : formatPercent(language, share),
        cell(language, str(p, 'tone')),
      ];
    }),
  };
}

/** The network a cadence or channel card is about, by its platform name. */
export function networkOf(f: Facts, language: Language, card: Card): string {
  const p = findPlatform(f.platforms, card.fields.platform);
  return p?.name ?? labelOf(PLATFORM_OPTIONS, card.fields.platform, language) ?? nameOf(card, language);
}

export function cadenceTable(f: Facts, language: Language): Table {
  return {
    type: 'table',
    columns: columns(language, [
      [COLUMNS.network, 1.6],
      [COLUMNS.postsPerWeek, 1.2, 'right'],
      [COLUMNS.format, 1.6],
      [COLUMNS.responseTime, 1.2, 'right'],
    ]),
    rows: f.cards('cadence').map((c) => {
      const posts = num(c, 'postsPerWeek');
      const hours = num(c, 'responseTimeHours');
      return [
        cell(language, networkOf(f, language, c)),
        posts === undefined ? tr(language, WORDS.none) : formatNumber(language, posts),
        cell(language, str(c, 'format') ? formatName(language, str(c, 'format')!) : undefined),
        hours === undefined ? tr(language, WORDS.none) : formatHours(language, hours),
      ];
    }),
  };
}

/** Posts a week per network, summed over cadences naming the same network; null when nothing is planned. */
export function cadenceChart(f: Facts, language: Language): Block | null {
  const totals = new Map<string, number>();
  for (const c of f.cards('cadence')) {
    const posts = num(c, 'postsPerWeek');
    if (posts === undefined) continue;
    const name = networkOf(f, language, c);
    totals.set(name, (totals.get(name) ?? 0) + posts);
  }
  if (totals.size < 2) return null;
  const entries = [...totals].sort((a, b) => b[1] - a[1]).slice(0, 8);
  return meaningful({
    type: 'chart',
    chart: 'bar',
    title: tr(language, WORDS.cadenceChart),
    labels: entries.map(([name]) => name),
    series: [
      {
        name: tr(language, WORDS.postsAxis),
        values: entries.map(([, n]) => n),
        display: entries.map(([, n]) => formatNumber(language, n)),
      },
    ],
    numberFormat: '0',
  });
}

/** Calendar items with a start date in date order, then the undated ones (contingency plans mostly). */
export function calendarItems(f: Facts): Card[] {
  const items = [...f.cards('calendar_item')];
  return items.sort((a, b) => (str(a, 'start') ?? '9999').localeCompare(str(b, 'start') ?? '9999') || a.createdAt - b.createdAt);
}

export function calendarTable(f: Facts, language: Language): Table {
  return {
    type: 'table',
    columns: columns(language, [
      [COLUMNS.when, 1.8],
      [COLUMNS.type, 1.3],
      [COLUMNS.item, 2.6],
      [COLUMNS.detail, 2.6],
    ]),
    rows: calendarItems(f).map((c) => [
      cell(language, formatRange(language, str(c, 'start'), str(c, 'end'))),
      cell(language, labelOf(CALENDAR_TYPE_OPTIONS, c.fields.type, language)),
      cell(language, nameOf(c, language)),
      cell(language, str(c, 'trigger') ?? c.body),
    ]),
  };
}
