// Risks, the health check's findings (accepted ones included), decisions, participants, votes and sources.
import { DECISION_STATUS_OPTIONS, DEPARTMENT_OPTIONS, STANCE_OPTIONS } from '../../catalogue/options';
import { SOURCES } from '../../catalogue/sources';
import { stepById } from '../../catalogue/steps';
import type { Finding } from '../../checks';
import type { Language } from '../../model';
import { num, str, type Facts } from '../facts';
import { formatDate } from '../format';
import { tr } from '../text';
import { COLUMNS, WORDS } from '../text/labels';
import type { Tone } from '../types';
import { cell, columns, labelOf, nameOf, type Table } from './common';

/** Risks by severity (likelihood × impact), highest first. */
export function risksTable(f: Facts, language: Language): Table {
  const risks = [...f.cards('risk')].sort(
    (a, b) => (num(b, 'likelihood') ?? 0) * (num(b, 'impact') ?? 0) - (num(a, 'likelihood') ?? 0) * (num(a, 'impact') ?? 0),
  );
  return {
    type: 'table',
    columns: columns(language, [
      [COLUMNS.risk, 2.4],
      [COLUMNS.likelihood, 0.9, 'center'],
      [COLUMNS.impact, 0.8, 'center'],
      [COLUMNS.criticality, 0.8, 'center'],
      [COLUMNS.mitigation, 2.6],
      [COLUMNS.status, 1],
    ]),
    rows: risks.map((r) => {
      const l = num(r, 'likelihood');
      const i = num(r, 'impact');
      const mitigations = [str(r, 'mitigation'), ...f.into(r.id, 'mitigates').map((m) => nameOf(m, language))].filter(
        (s): s is string => !!s,
      );
      return [
        cell(language, nameOf(r, language)),
        cell(language, l?.toString()),
        cell(language, i?.toString()),
        l !== undefined && i !== undefined ? String(l * i) : tr(language, WORDS.none),
        cell(language, mitigations.join(' · ')),
        tr(language, r.fields.accepted === true ? WORDS.accepted : WORDS.open),
      ];
    }),
  };
}

export const SEVERITY_TONE: Record<Finding['severity'], Tone> = { blocker: 'danger', warning: 'warning', tip: 'neutral' };

export function severityLabel(language: Language, s: Finding['severity']): string {
  return tr(language, s === 'blocker' ? WORDS.severityBlocker : s === 'warning' ? WORDS.severityWarning : WORDS.severityTip);
}

export function findingsTable(f: Facts, language: Language, findings: readonly Finding[] = f.findings): Table {
  return {
    type: 'table',
    columns: columns(language, [
      [COLUMNS.severity, 0.9],
      [COLUMNS.step, 1.2],
      [COLUMNS.finding, 2.8],
      [COLUMNS.fix, 2.8],
      [COLUMNS.status, 1],
    ]),
    rows: findings.map((x) => [
      severityLabel(language, x.severity),
      cell(language, stepById(x.step)?.title[language] ?? x.step),
      cell(language, `${x.message[language]} (${x.source.join(', ')})`, 400),
      cell(language, x.fix[language], 400),
      x.accepted
        ? cell(
            language,
            x.acceptedReason ? tr(language, WORDS.acceptedBecause, { reason: x.acceptedReason }) : tr(language, WORDS.accepted),
          )
        : tr(language, WORDS.open),
    ]),
  };
}

export function decisionsTable(f: Facts, language: Language): Table {
  return {
    type: 'table',
    columns: columns(language, [
      [COLUMNS.ask, 3],
      [COLUMNS.askedOf, 1.6],
      [COLUMNS.due, 1.1],
      [COLUMNS.status, 1],
    ]),
    rows: f
      .cards('decision')
      .map((d) => [
        cell(language, [nameOf(d, language), d.body].filter((s) => s.trim()).join(' — ')),
        cell(language, str(d, 'askedOf')),
        cell(language, formatDate(language, str(d, 'due'))),
        cell(language, labelOf(DECISION_STATUS_OPTIONS, d.fields.status, language)),
      ]),
  };
}

export function participantsTable(f: Facts, language: Language): Table {
  return {
    type: 'table',
    columns: columns(language, [
      [COLUMNS.name, 1.6],
      [COLUMNS.department, 1.6],
      [COLUMNS.role, 2],
      [COLUMNS.stance, 1],
    ]),
    rows: f.participants.map((p) => [
      cell(language, p.name),
      cell(language, labelOf(DEPARTMENT_OPTIONS, p.department, language) ?? p.department),
      cell(language, p.role),
      cell(language, labelOf(STANCE_OPTIONS, p.stance, language)),
    ]),
  };
}

/** Cards ranked by votes received, most first; null when nobody voted. */
export function votesTable(f: Facts, language: Language): Table | null {
  const counts = new Map<string, number>();
  for (const v of f.input.votes ?? []) if (f.card(v.cardId)) counts.set(v.cardId, (counts.get(v.cardId) ?? 0) + 1);
  const votes = [...counts].map(([cardId, count]) => ({ cardId, count }));
  if (votes.length === 0) return null;
  return {
    type: 'table',
    columns: columns(language, [
      [WORDS.card, 3],
      [COLUMNS.step, 1.4],
      [WORDS.votes, 0.8, 'right'],
    ]),
    rows: [...votes]
      .sort((a, b) => b.count - a.count)
      .map((v) => {
        const c = f.card(v.cardId)!;
        return [cell(language, nameOf(c, language)), cell(language, stepById(c.step)?.title[language]), String(v.count)];
      }),
  };
}

export function sourcesTable(language: Language): Table {
  return {
    type: 'table',
    columns: columns(language, [
      [COLUMNS.ref, 0.5, 'center'],
      [COLUMNS.article, 3],
      [COLUMNS.fact, 3.5],
    ]),
    rows: SOURCES.map((s) => [s.id, s.title, s.summary[language]]),
  };
}
