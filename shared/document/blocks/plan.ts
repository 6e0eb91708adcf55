// Tables of the plan: objectives, targets, listening findings and channels (shared by document and deck).
import { FINDING_SOURCE_OPTIONS, OBJECTIVE_TYPE_OPTIONS, PLATFORM_OPTIONS, SENTIMENT_OPTIONS } from '../../catalogue/options';
import type { Language } from '../../model';
import { list, num, str, type Facts } from '../facts';
import { formatDate, formatNumber, joinList } from '../format';
import { tr } from '../text';
import { COLUMNS, WORDS } from '../text/labels';
import { cell, columns, labelOf, nameOf, type Table } from './common';

/** "180 à 360" / "180 to 360", "?" for a missing side, a dash when both are missing. */
export function fromTo(language: Language, from?: number, to?: number): string {
  if (from === undefined && to === undefined) return tr(language, WORDS.none);
  const f = (n?: number) => (n === undefined ? '?' : formatNumber(language, n));
  return tr(language, WORDS.arrow, { from: f(from), to: f(to) });
}

export function objectivesTable(f: Facts, language: Language): Table {
  return {
    type: 'table',
    columns: columns(language, [
      [COLUMNS.rank, 0.5, 'center'],
      [COLUMNS.objective, 2.8],
      [COLUMNS.type, 1.5],
      [COLUMNS.measure, 1.8],
      [COLUMNS.fromTo, 1.3, 'right'],
      [COLUMNS.deadline, 1.2],
      [COLUMNS.kpis, 1.7],
    ]),
    rows: f.objectives.map((o, i) => [
      String(num(o, 'priority') ?? i + 1),
      cell(language, nameOf(o, language)),
      cell(language, labelOf(OBJECTIVE_TYPE_OPTIONS, o.fields.type, language)),
      cell(language, str(o, 'metric')),
      fromTo(language, num(o, 'baseline'), num(o, 'target')),
      cell(language, formatDate(language, str(o, 'deadline'))),
      cell(
        language,
        joinList(
          language,
          f.into(o.id, 'measures').map((k) => nameOf(k, language)),
        ),
      ),
    ]),
  };
}

/** Where a persona says it talks online, as platform names. */
export function placesOf(f: Facts, language: Language, personaId: string): string[] {
  const p = f.card(personaId);
  return p ? [...new Set(list(p, 'whereOnline').map((w) => labelOf(PLATFORM_OPTIONS, w, language) ?? w))] : [];
}

export function targetsTable(f: Facts, language: Language): Table {
  return {
    type: 'table',
    columns: columns(language, [
      [COLUMNS.rank, 0.5, 'center'],
      [COLUMNS.target, 2],
      [COLUMNS.profile, 2.4],
      [COLUMNS.whereOnline, 1.6],
      [COLUMNS.expects, 2.4],
    ]),
    rows: f.personas.map((p, i) => [
      String(num(p, 'rank') ?? i + 1),
      cell(language, nameOf(p, language)),
      cell(
        language,
        [str(p, 'job'), str(p, 'sector'), str(p, 'ageRange'), str(p, 'location'), str(p, 'income')].filter(Boolean).join(' · '),
      ),
      cell(language, joinList(language, placesOf(f, language, p.id))),
      cell(language, str(p, 'expectations') ?? p.body),
    ]),
  };
}

export function listeningTable(f: Facts, language: Language): Table {
  return {
    type: 'table',
    columns: columns(language, [
      [COLUMNS.source, 1.3],
      [COLUMNS.who, 1.5],
      [COLUMNS.said, 2.6],
      [COLUMNS.sentiment, 1],
      [COLUMNS.lesson, 2.6],
    ]),
    rows: f
      .cards('finding')
      .map((c) => [
        cell(language, labelOf(FINDING_SOURCE_OPTIONS, c.fields.source, language)),
        cell(language, str(c, 'who') ?? str(c, 'tool')),
        cell(language, str(c, 'said') ?? nameOf(c, language)),
        cell(language, labelOf(SENTIMENT_OPTIONS, c.fields.sentiment, language)),
        cell(language, str(c, 'lesson') ?? c.body),
      ]),
  };
}

export function channelsTable(f: Facts, language: Language): Table {
  return {
    type: 'table',
    columns: columns(language, [
      [COLUMNS.channel, 1.4],
      [COLUMNS.role, 2.6],
      [COLUMNS.targets, 2],
      [COLUMNS.objectives, 2.2],
      [COLUMNS.fit, 1.1, 'right'],
    ]),
    rows: f.channels.map((c) => [
      cell(language, c.name),
      cell(language, str(c.card, 'role') ?? (c.card.body.trim() || c.platform?.goodFor[language])),
      cell(
        language,
        joinList(
          language,
          c.reaches.map((p) => nameOf(p, language)),
        ),
      ),
      cell(
        language,
        joinList(
          language,
          c.serves.map((o) => nameOf(o, language)),
        ),
      ),
      tr(language, WORDS.score, { n: c.fit.score }),
    ]),
  };
}
