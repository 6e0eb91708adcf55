// Stakeholders (RACI table, power and interest grid), governance rules and SWOT, for document and deck.
import { DEPARTMENT_OPTIONS, GOVERNANCE_RULE_OPTIONS, STANCE_OPTIONS, TEAM_TYPE_OPTIONS } from '../../catalogue/options';
import { HIGH_FROM, type Card, type Language } from '../../model';
import { num, str, type Facts } from '../facts';
import { formatHours, joinList } from '../format';
import { tr } from '../text';
import { COLUMNS, WORDS } from '../text/labels';
import type { Block, Quadrant } from '../types';
import { cell, columns, labelOf, nameOf, type Table } from './common';

/** At most `max` items, the last one saying how many more there are. */
function capped(items: string[], max: number, language: Language): string[] {
  return items.length <= max ? items : [...items.slice(0, max - 1), tr(language, WORDS.moreShort, { n: items.length - max + 1 })];
}

const stakeholderName = (c: Card, language: Language) => {
  const dept = labelOf(DEPARTMENT_OPTIONS, c.fields.department, language) ?? nameOf(c, language);
  const who = str(c, 'person');
  return who ? `${who} · ${dept}` : dept;
};

export function raciTable(f: Facts, language: Language): Table {
  return {
    type: 'table',
    columns: columns(language, [
      [COLUMNS.department, 1.6],
      [COLUMNS.person, 1.5],
      [COLUMNS.raci, 0.6, 'center'],
      [COLUMNS.power, 0.7, 'center'],
      [COLUMNS.interest, 0.7, 'center'],
      [COLUMNS.stance, 1],
      [COLUMNS.plan, 2.6],
    ]),
    rows: f
      .cards('stakeholder')
      .map((c) => [
        cell(language, labelOf(DEPARTMENT_OPTIONS, c.fields.department, language) ?? nameOf(c, language)),
        cell(language, str(c, 'person')),
        cell(language, str(c, 'raci')),
        cell(language, num(c, 'power')?.toString()),
        cell(language, num(c, 'interest')?.toString()),
        cell(language, labelOf(STANCE_OPTIONS, c.fields.stance, language)),
        cell(language, str(c, 'plan')),
      ]),
  };
}

/** The classic grid: power upwards, interest rightwards; 4 and 5 count as high. */
export function powerGrid(f: Facts, language: Language, maxPerCell = 8): Block {
  const cells: string[][] = [[], [], [], []];
  for (const c of f.cards('stakeholder')) {
    const high = (n?: number) => (n ?? 0) >= HIGH_FROM;
    const index = (high(num(c, 'power')) ? 0 : 2) + (high(num(c, 'interest')) ? 1 : 0);
    const stance = labelOf(STANCE_OPTIONS, c.fields.stance, language);
    cells[index]!.push(stance ? `${stakeholderName(c, language)} · ${stance}` : stakeholderName(c, language));
  }
  const q = (title: string, items: string[], tone: Quadrant['tone']): Quadrant => ({
    title,
    items: capped(items, maxPerCell, language),
    tone,
  });
  return {
    type: 'quadrants',
    xAxis: tr(language, WORDS.interest),
    yAxis: tr(language, WORDS.power),
    cells: [
      q(tr(language, WORDS.keepSatisfied), cells[0]!, 'warning'),
      q(tr(language, WORDS.manageClosely), cells[1]!, 'danger'),
      q(tr(language, WORDS.monitor), cells[2]!, 'neutral'),
      q(tr(language, WORDS.keepInformed), cells[3]!, 'good'),
    ],
  };
}

export function governanceTable(f: Facts, language: Language): Table {
  return {
    type: 'table',
    columns: columns(language, [
      [COLUMNS.rule, 1.4],
      [COLUMNS.decision, 2.8],
      [COLUMNS.who, 1.8],
      [COLUMNS.team, 1.2],
      [COLUMNS.maxDelay, 1, 'right'],
    ]),
    rows: f.cards('governance_rule').map((c) => {
      const delay = num(c, 'maxDelayHours');
      return [
        cell(language, labelOf(GOVERNANCE_RULE_OPTIONS, c.fields.rule, language)),
        cell(language, [nameOf(c, language), c.body].filter((s) => s.trim()).join(' — ')),
        cell(
          language,
          str(c, 'who') ??
            joinList(
              language,
              f.into(c.id, 'owns').map((o) => nameOf(o, language)),
            ),
        ),
        cell(language, labelOf(TEAM_TYPE_OPTIONS, c.fields.teamType, language)),
        delay === undefined ? tr(language, WORDS.none) : formatHours(language, delay),
      ];
    }),
  };
}

const QUADRANT_ORDER = ['strength', 'weakness', 'opportunity', 'threat'] as const;
const QUADRANT_TONE: Record<(typeof QUADRANT_ORDER)[number], Quadrant['tone']> = {
  strength: 'good',
  weakness: 'warning',
  opportunity: 'neutral',
  threat: 'danger',
};
const QUADRANT_TITLE = { strength: WORDS.strengths, weakness: WORDS.weaknesses, opportunity: WORDS.opportunities, threat: WORDS.threats };

/** A threat's answers: its own mitigation field, then the cards linked to it with "mitigates". */
const mitigationsOf = (f: Facts, c: Card, language: Language) =>
  [str(c, 'mitigation') ?? '', ...f.into(c.id, 'mitigates').map((m) => nameOf(m, language))].filter((s) => s.trim());

/** The SWOT answered in the questions, for quadrants the group did not put on cards. */
const SWOT_QUESTIONS = {
  strength: 'swot.topStrength',
  weakness: 'swot.topWeakness',
  opportunity: 'swot.topOpportunity',
  threat: 'swot.topThreat',
} as const;

/** True when the SWOT was recorded anywhere: cards or answers. */
export const hasSwot = (f: Facts) =>
  f.cards('swot').length > 0 || Object.values(SWOT_QUESTIONS).some((q) => typeof f.answer(q) === 'string' && String(f.answer(q)).trim());

export function swotGrid(f: Facts, language: Language, maxPerCell = 8): Block {
  // The answer stands in for a quadrant with no card; the cards usually repeat it when there are some.
  const answered = (quadrant: keyof typeof SWOT_QUESTIONS) => {
    const v = f.answer(SWOT_QUESTIONS[quadrant]);
    const carded = f.cards('swot').some((c) => c.fields.quadrant === quadrant);
    return typeof v === 'string' && v.trim() && !carded ? [v.trim()] : [];
  };
  const cells = QUADRANT_ORDER.map((quadrant): Quadrant => ({
    title: tr(language, QUADRANT_TITLE[quadrant]),
    items: capped(
      [
        ...answered(quadrant),
        ...f
          .cards('swot')
          .filter((c) => c.fields.quadrant === quadrant)
          .map((c) => {
            const answers = quadrant === 'threat' ? mitigationsOf(f, c, language) : [];
            return answers[0] ? tr(language, WORDS.threatAnswer, { threat: nameOf(c, language), answer: answers[0] }) : nameOf(c, language);
          }),
      ],
      maxPerCell,
      language,
    ),
    tone: QUADRANT_TONE[quadrant],
  }));
  return { type: 'quadrants', cells: [cells[0]!, cells[1]!, cells[2]!, cells[3]!] };
}

/** Each threat with its mitigation: its own field, then the cards linked to it with "mitigates". */
export function threatsTable(f: Facts, language: Language): Table {
  return {
    type: 'table',
    columns: columns(language, [
      [COLUMNS.threat, 1],
      [COLUMNS.mitigation, 1.4],
    ]),
    rows: f
      .cards('swot')
      .filter((c) => c.fields.quadrant === 'threat')
      .map((c) => [cell(language, nameOf(c, language)), cell(language, joinList(language, mitigationsOf(f, c, language)))]),
  };
}
